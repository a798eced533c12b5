namespace ShopCrm.Core.Auditing;

// Marks an entity whose every change is written to the audit log in the same SaveChanges.
public interface IAudited;
