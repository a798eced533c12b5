namespace ShopCrm.Core.Events;

// Something that happened in a module (OrderPlaced, StockBelowMinimum...). Handlers run after the
// transaction that raised it commits; work that must survive a crash goes through the outbox instead.
public interface IDomainEvent;
