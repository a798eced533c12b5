using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Certificates.Domain;

namespace ShopCrm.Certificates.Data;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("Certificates");
        builder.Property(c => c.Code).HasMaxLength(24);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.BuyerName).HasMaxLength(200);
        builder.Property(c => c.RecipientName).HasMaxLength(200);
        builder.Property(c => c.RecipientEmail).HasMaxLength(256);
        builder.Property(c => c.PersonalMessage).HasMaxLength(500);
        builder.Property(c => c.BatchReference).HasMaxLength(100);
        builder.Property(c => c.BlockReason).HasMaxLength(500);
        builder.Ignore(c => c.IsSpendable);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => new { c.Status, c.ExpiresAt });
        builder.HasIndex(c => c.IssuedAt);
        builder.HasOne(c => c.Series).WithMany().HasForeignKey(c => c.SeriesId).OnDelete(DeleteBehavior.Restrict);
    }
}
