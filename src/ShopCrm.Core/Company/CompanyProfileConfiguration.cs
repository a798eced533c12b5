using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopCrm.Core.Company;

internal sealed class CompanyProfileConfiguration : IEntityTypeConfiguration<CompanyProfile>
{
    public void Configure(EntityTypeBuilder<CompanyProfile> builder)
    {
        builder.ToTable("CompanyProfiles");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Street).HasMaxLength(200);
        builder.Property(c => c.PostalCode).HasMaxLength(16);
        builder.Property(c => c.City).HasMaxLength(100);
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.VatId).HasMaxLength(32);
        builder.Property(c => c.BankAccount).HasMaxLength(64);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Phone).HasMaxLength(32);
        builder.Property(c => c.Website).HasMaxLength(200);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.Culture).HasMaxLength(16);
    }
}
