using System.ComponentModel.DataAnnotations.Schema;

namespace ShopCrm.Core.Events;

public abstract class AggregateRoot : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    [NotMapped]
    public IReadOnlyCollection<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => domainEvents.Add(domainEvent);
}
