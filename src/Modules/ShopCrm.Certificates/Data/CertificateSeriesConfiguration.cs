using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Certificates.Domain;

namespace ShopCrm.Certificates.Data;

internal sealed class CertificateSeriesConfiguration : IEntityTypeConfiguration<CertificateSeries>
{
    public void Configure(EntityTypeBuilder<CertificateSeries> builder)
    {
        builder.ToTable("CertificateSeries");
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.Conditions).HasMaxLength(1000);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
