namespace Gongkai.Data.AuditTrail;

/// <summary>
/// One recorded change by a signed-in user: which record, what changed (personal data masked), who, when. Written in the
/// same transaction as the change (<see cref="AuditTrailInterceptor"/>); never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        UserName = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
        Changes = string.Empty;
    }

    /// <summary>Creates an entry.</summary>
    public AuditEntry(DateTime atUtc, Guid userId, string userName, AuditAction action, string entityType, string entityId, Guid? subjectId, Guid? agencyId, string changes)
    {
        AtUtc = atUtc;
        UserId = userId;
        UserName = userName;
        Action = action.ToString();
        EntityType = entityType;
        EntityId = entityId;
        SubjectId = subjectId;
        AgencyId = agencyId;
        Changes = changes;
    }

    /// <summary>Sequence number.</summary>
    public long Id { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime AtUtc { get; private set; }

    /// <summary>The account that made the change.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The account's name at the time.</summary>
    public string UserName { get; private set; }

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; private set; }

    /// <summary>The CLR type of the changed record (e.g. RequestEvent).</summary>
    public string EntityType { get; private set; }

    /// <summary>The changed record's key.</summary>
    public string EntityId { get; private set; }

    /// <summary>The record the change belongs to (a request for its events and notices), for the per-request view.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>The agency the record belongs to, when it has one.</summary>
    public Guid? AgencyId { get; private set; }

    /// <summary>JSON object of the changed properties (new values; old → new for modifications; personal data masked).</summary>
    public string Changes { get; private set; }
}

/// <summary>What happened to a record.</summary>
public enum AuditAction
{
    /// <summary>新增.</summary>
    Added,

    /// <summary>修改.</summary>
    Modified,

    /// <summary>删除.</summary>
    Deleted,
}
