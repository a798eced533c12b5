using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Certificates.Domain;

namespace ShopCrm.Certificates.Data;

internal sealed class CertificateTransactionConfiguration : IEntityTypeConfiguration<CertificateTransaction>
{
    public void Configure(EntityTypeBuilder<CertificateTransaction> builder)
    {
        builder.ToTable("CertificateTransactions");
        builder.Property(t => t.UserName).HasMaxLength(256);
        builder.Property(t => t.OrderReference).HasMaxLength(64);
        builder.Property(t => t.Reason).HasMaxLength(500);
        builder.HasIndex(t => t.CertificateId);
        builder.HasIndex(t => new { t.Type, t.At });
        builder.HasOne<Certificate>().WithMany().HasForeignKey(t => t.CertificateId).OnDelete(DeleteBehavior.Restrict);
    }
}
