namespace ShopCrm.Orders.Pages;

public sealed record Choice<T>(T Value, string Text);
