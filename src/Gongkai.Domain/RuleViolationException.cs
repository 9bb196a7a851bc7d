namespace Gongkai.Domain;

/// <summary>
/// An action or input refused because it would break a rule of the Regulation (《中华人民共和国政府信息公开条例》)
/// or of the system's own record-keeping. <see cref="Exception.Message"/> is written in Chinese for the person who
/// asked; <see cref="Article"/> names the rule where there is one.
/// </summary>
public sealed class RuleViolationException(string message, string? article = null) : Exception(message)
{
    /// <summary>The article the refusal rests on, e.g. "第三十三条第二款"; null for plain input errors.</summary>
    public string? Article { get; } = article;
}
