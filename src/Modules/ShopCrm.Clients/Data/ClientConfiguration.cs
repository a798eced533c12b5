using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("Clients");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.CompanyName).HasMaxLength(200);
        builder.Property(c => c.VatId).HasMaxLength(32);
        builder.Property(c => c.DisplayName).HasMaxLength(200);
        builder.Property(c => c.NormalizedName).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.NormalizedEmail).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(32);
        builder.Property(c => c.NormalizedPhone).HasMaxLength(16);
        builder.Property(c => c.Street).HasMaxLength(200);
        builder.Property(c => c.PostalCode).HasMaxLength(16);
        builder.Property(c => c.City).HasMaxLength(100);
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.Region).HasMaxLength(40);
        builder.Property(c => c.SiteCustomerId).HasMaxLength(64);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(8);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.NormalizedEmail).IsUnique().HasFilter("\"Status\" = 'Active'");
        builder.HasIndex(c => c.NormalizedPhone);
        builder.HasIndex(c => c.SiteCustomerId).IsUnique();
        builder.HasIndex(c => new { c.NormalizedName, c.PostalCode });
        builder.HasIndex(c => new { c.Region, c.TotalSpentMinor });
        builder.HasIndex(c => c.TotalSpentMinor);
        builder.HasIndex(c => c.LastOrderAt);
        builder.HasIndex(c => c.BirthMonth);

        // The client grid filters by a category and a region and sorts by the total: one small partial
        // index per category answers that page without touching the other clients.
        builder.HasIndex(c => new { c.Region, c.TotalSpentMinor }, "IX_Clients_Vip_Region_TotalSpentMinor").HasFilter("\"IsVip\"");
        builder.HasIndex(c => new { c.Region, c.TotalSpentMinor }, "IX_Clients_Lost_Region_TotalSpentMinor").HasFilter("\"IsLost\"");
        builder.HasIndex(c => new { c.Region, c.TotalSpentMinor }, "IX_Clients_Lousy_Region_TotalSpentMinor").HasFilter("\"IsLousy\"");
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}
