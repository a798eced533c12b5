namespace ShopCrm.Core.Auditing;

public interface ICurrentUser
{
    string? UserId { get; }

    string UserName { get; }
}
