namespace ShopCrm.Core.Security;

public static class ShopClaims
{
    // Carried by principals of site API keys: each claim is one permission the key was given.
    public const string Scope = "scope";

    public const string ApiKeyScheme = "ApiKey";
}
