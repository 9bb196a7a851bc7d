namespace Gongkai.Domain.Audit;

/// <summary>How much a section says.</summary>
public enum SectionContent
{
    /// <summary>Nothing under the heading.</summary>
    Empty,

    /// <summary>Only "无" / "暂无" / "没有…" — a statement that there is nothing to report.</summary>
    NoneStated,

    /// <summary>Real content.</summary>
    Text,
}
