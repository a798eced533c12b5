using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Data;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.Property(o => o.Number).HasMaxLength(32);
        builder.Property(o => o.CustomerName).HasMaxLength(200);
        builder.Property(o => o.CustomerEmail).HasMaxLength(256);
        builder.Property(o => o.CustomerPhone).HasMaxLength(32);
        builder.Property(o => o.CompanyName).HasMaxLength(200);
        builder.Property(o => o.VatId).HasMaxLength(32);
        builder.Property(o => o.Region).HasMaxLength(100);
        builder.Property(o => o.Street).HasMaxLength(200);
        builder.Property(o => o.PostalCode).HasMaxLength(16);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.Carrier).HasMaxLength(64);
        builder.Property(o => o.TrackingNumber).HasMaxLength(64);
        builder.Property(o => o.SiteOrderId).HasMaxLength(64);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.CertificateCode).HasMaxLength(24);
        builder.Property(o => o.Notes).HasMaxLength(2000);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.NeedsPaymentBeforeDispatch);
        builder.Ignore(o => o.IsPaid);
        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => o.SiteOrderId).IsUnique();
        builder.HasIndex(o => new { o.Status, o.PlacedAt });
        builder.HasIndex(o => o.PlacedAt);
        builder.HasIndex(o => new { o.ClientId, o.PlacedAt });
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
