namespace Gongkai.Domain.Agencies;

/// <summary>
/// 行政机关: an agency that discloses information and answers requests, placed in the tree of governments,
/// departments and lower governments (政府 → 部门 / 下级政府 → 乡镇).
/// </summary>
public sealed class Agency
{
    private Agency()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    /// <summary>Creates an agency under <paramref name="parentId"/> (null for the root of a tree).</summary>
    /// <exception cref="RuleViolationException">Code or name missing.</exception>
    public Agency(Guid id, string code, string name, AgencyKind kind, Guid? parentId)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new RuleViolationException("机关代码不能为空。");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RuleViolationException("机关名称不能为空。");
        }

        if (parentId == id)
        {
            throw new RuleViolationException("机关不能是自己的上级。");
        }

        Id = id;
        Code = code.Trim();
        Name = name.Trim();
        Kind = kind;
        ParentId = parentId;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>A stable short code (e.g. the 统一社会信用代码 or a local code), unique.</summary>
    public string Code { get; private set; }

    /// <summary>The full name, e.g. 西宁市人民政府.</summary>
    public string Name { get; private set; }

    /// <summary>Government, department or township.</summary>
    public AgencyKind Kind { get; private set; }

    /// <summary>The supervising agency one level up, or null for a root.</summary>
    public Guid? ParentId { get; private set; }

    /// <summary>Renames the agency (a reorganisation keeps its records).</summary>
    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RuleViolationException("机关名称不能为空。");
        }

        Name = name.Trim();
    }
}
