namespace ShopCrm.Orders.Pages;

public enum CustomerMode
{
    ExistingClient,
    NewClient,
    OneTime,
}
