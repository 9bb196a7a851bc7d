namespace Gongkai.Domain.Audit;

/// <summary>Which Chinese script a text is written in: 简体 (simplified) or 繁体 (traditional).</summary>
public enum ChineseScript
{
    /// <summary>简体字, the script of mainland government reports.</summary>
    Simplified,

    /// <summary>繁体字: a report re-published by a Hong Kong / Taiwan mirror or an encyclopaedia site.</summary>
    Traditional,
}
