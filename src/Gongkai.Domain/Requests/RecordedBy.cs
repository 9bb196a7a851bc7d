namespace Gongkai.Domain.Requests;

/// <summary>Who records an action and when (a UTC instant read from the injected TimeProvider, not the system clock).</summary>
public sealed record RecordedBy(string Actor, DateTime AtUtc);
