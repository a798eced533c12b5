namespace ShopCrm.Web.Hosting;

public enum LoginOutcome
{
    SignedIn,
    Refused,
    Throttled,
}
