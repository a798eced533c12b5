namespace ShopCrm.Core.Email;

// The bytes travel inside the message (base64 in JSON) so an outbox row is complete on its own and
// does not point at a file that may be gone by the time the background job sends it.
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
