namespace ShopCrm.Core.Modules;

// A card a module adds to the home dashboard: a component that loads its own figures, shown only to
// users with Permission. Order sorts the cards of all modules (lower first).
public sealed record DashboardCard(Type Component, string Permission, int Order = 100);
