namespace ShopCrm.Core.Auditing;

// The audit log is read by more people than may know the value (a gift card code spends like cash), so it
// keeps only the last four characters: enough to tell which one changed, not enough to use it.
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditMaskedAttribute : Attribute;
