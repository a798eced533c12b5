namespace ShopCrm.Clients.Services;

// The automatic categories the rules put clients in.
public enum ClientCategory
{
    Vip,
    Lost,
    Lousy,
}
