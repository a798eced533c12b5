using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Certificates.Domain;

namespace ShopCrm.Certificates.Data;

internal sealed class CertificateReservationConfiguration : IEntityTypeConfiguration<CertificateReservation>
{
    public void Configure(EntityTypeBuilder<CertificateReservation> builder)
    {
        builder.ToTable("CertificateReservations");
        builder.Property(r => r.OrderReference).HasMaxLength(64);

        // The guard that makes a retried reservation for the same order a no-op, even when two arrive at once.
        builder.HasIndex(r => new { r.CertificateId, r.OrderReference }).IsUnique();
        builder.HasIndex(r => r.OrderReference);
        builder.HasOne<Certificate>().WithMany().HasForeignKey(r => r.CertificateId).OnDelete(DeleteBehavior.Restrict);
    }
}
