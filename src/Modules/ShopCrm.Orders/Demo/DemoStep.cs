using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Demo;

// One status step of a demo order: when, by whom, and the note the timeline shows.
internal sealed record DemoStep(OrderStatus To, DateTime At, string By, string? Note = null);
