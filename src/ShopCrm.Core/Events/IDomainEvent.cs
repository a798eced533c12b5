namespace ShopCrm.Core.Events;

// Something that happened in a module (OrderPlaced, StockBelowMinimum...). It is written to the database in
// the transaction that raised it and delivered after the commit to every subscribed handler (ADR 0008).
public interface IDomainEvent
{
    // The aggregate the event belongs to ("order:42"): each handler receives one aggregate's events in the
    // order they were raised. An event that names none shares one stream with every event of its type.
    string AggregateKey => GetType().Name;
}
