using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopCrm.Core.Events;

internal sealed class AggregateSequenceConfiguration : IEntityTypeConfiguration<AggregateSequence>
{
    public void Configure(EntityTypeBuilder<AggregateSequence> builder)
    {
        builder.ToTable("AggregateSequences");
        builder.HasKey(s => s.AggregateKey);
        builder.Property(s => s.AggregateKey).HasMaxLength(200);
    }
}
