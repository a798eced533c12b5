using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Certificates.Domain;

namespace ShopCrm.Certificates.Data;

internal sealed class BalanceCheckAttemptConfiguration : IEntityTypeConfiguration<BalanceCheckAttempt>
{
    public void Configure(EntityTypeBuilder<BalanceCheckAttempt> builder)
    {
        builder.ToTable("CertificateBalanceChecks");
        builder.Property(a => a.Caller).HasMaxLength(100);
        builder.Property(a => a.CodeHash).HasMaxLength(64);
        builder.Property(a => a.Result).HasMaxLength(32);
        builder.HasIndex(a => a.At);
    }
}
