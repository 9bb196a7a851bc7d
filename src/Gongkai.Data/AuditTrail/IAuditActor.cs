namespace Gongkai.Data.AuditTrail;

/// <summary>Who is changing data now: the signed-in account, or null (start-up loading, citizens on the portal —
/// their requests keep their own event log).</summary>
public interface IAuditActor
{
    /// <summary>The signed-in account (id and name), or null.</summary>
    (Guid UserId, string UserName)? Current { get; }
}
