namespace Gongkai.Data.Reminders;

/// <summary>
/// One officer's daily digest mail of one day, claimed before it is sent: the key (day, account) lets exactly one
/// node send it, however many nodes run the digest that day (<see cref="DigestDeliveryLog"/>).
/// </summary>
public sealed class DigestDelivery
{
    private DigestDelivery()
    {
    }

    /// <summary>The digest's day (China).</summary>
    public DateOnly Day { get; private set; }

    /// <summary>The officer's account.</summary>
    public Guid AccountId { get; private set; }

    /// <summary>The node that sent it.</summary>
    public string Node { get; private set; } = string.Empty;

    /// <summary>When it was claimed (UTC), just before sending.</summary>
    public DateTime ClaimedAtUtc { get; private set; }
}
