using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientTaskConfiguration : IEntityTypeConfiguration<ClientTask>
{
    public void Configure(EntityTypeBuilder<ClientTask> builder)
    {
        builder.ToTable("ClientTasks");
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Notes).HasMaxLength(4_000);
        builder.Property(t => t.AssigneeId).HasMaxLength(450);
        builder.Property(t => t.CreatedBy).HasMaxLength(100);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.AssigneeId, t.DoneAt, t.DueAt });
        builder.HasIndex(t => t.DueAt).HasFilter("\"DoneAt\" IS NULL AND \"RemindedAt\" IS NULL").HasDatabaseName("IX_ClientTasks_DueAt_Pending");
        builder.HasIndex(t => t.ClientId);
        builder.HasIndex(t => t.OrderId);
        builder.HasOne<Client>().WithMany().HasForeignKey(t => t.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
