using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Data;

internal sealed class OrderDocumentConfiguration : IEntityTypeConfiguration<OrderDocument>
{
    public void Configure(EntityTypeBuilder<OrderDocument> builder)
    {
        builder.ToTable("OrderDocuments");
        builder.Property(d => d.Number).HasMaxLength(32);
        builder.Property(d => d.IssuedBy).HasMaxLength(256);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.HasIndex(d => d.Number).IsUnique();

        // One invoice (delivery note, acceptance) per order: two people issuing it at once end with the same one.
        builder.HasIndex(d => new { d.OrderId, d.Type }).IsUnique().HasFilter($"\"Type\" <> {(int)OrderDocumentType.CorrectionInvoice}").HasDatabaseName("IX_OrderDocuments_OnePerOrderAndType");
        builder.HasIndex(d => d.OrderReturnId).IsUnique();
        builder.HasIndex(d => d.OrderId);
        builder.HasOne<Order>().WithMany().HasForeignKey(d => d.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrderDocument>().WithMany().HasForeignKey(d => d.CorrectedDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrderReturn>().WithMany().HasForeignKey(d => d.OrderReturnId).OnDelete(DeleteBehavior.Restrict);
    }
}
