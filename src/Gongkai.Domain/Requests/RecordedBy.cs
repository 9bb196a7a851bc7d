namespace Gongkai.Domain.Requests;

/// <summary>Who records an action and when (a UTC instant read from the injected clock, never DateTime.Now).</summary>
public sealed record RecordedBy(string Actor, DateTime AtUtc);
