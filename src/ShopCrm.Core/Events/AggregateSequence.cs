namespace ShopCrm.Core.Events;

// The last sequence number given to an aggregate's events. Raising an event updates this row, so two
// transactions raising events for one aggregate take their numbers one after the other, in commit order.
public sealed class AggregateSequence
{
    public required string AggregateKey { get; init; }

    public long LastSequence { get; set; }
}
