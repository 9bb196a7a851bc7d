using Gongkai.Domain.Agencies;

namespace Gongkai.Demo;

/// <summary>One demo agency: a stable code (ids are derived from it, so loading is idempotent) and its place in the tree.</summary>
public sealed record DemoAgency(string Code, string Name, AgencyKind Kind, string? ParentCode, string Place, string DocumentPrefix, string CreditCode)
{
    /// <summary>The stable id of the agency.</summary>
    public Guid Id => DemoIds.For("agency:" + Code);
}

/// <summary>The seed agencies: the governments whose reports are in seeds/, with a few districts and departments.</summary>
public static class DemoAgencies
{
    /// <summary>All demo agencies, parents before children.</summary>
    public static IReadOnlyList<DemoAgency> All { get; } =
    [
        new("BYNE", "巴彦淖尔市人民政府", AgencyKind.Government, null, "巴彦淖尔市", "巴政发", "11150800011537526D"),
        new("BYNE-MZ", "巴彦淖尔市民政局", AgencyKind.Department, "BYNE", "巴彦淖尔市", "巴民发", "11150800011537534X"),
        new("BYNE-CZ", "巴彦淖尔市财政局", AgencyKind.Department, "BYNE", "巴彦淖尔市", "巴财发", "11150800011537542P"),
        new("XN", "西宁市人民政府", AgencyKind.Government, null, "西宁市", "宁政", "11630100015240096T"),
        new("XN-CD", "西宁市城东区人民政府", AgencyKind.Government, "XN", "城东区", "东政", "11630102015250018K"),
        new("XN-CX", "西宁市城西区人民政府", AgencyKind.Government, "XN", "城西区", "西政", "11630104015250026E"),
        new("XN-MZ", "西宁市民政局", AgencyKind.Department, "XN", "西宁市", "宁民", "11630100015240117L"),
        new("XN-ZJ", "西宁市住房和城乡建设局", AgencyKind.Department, "XN", "西宁市", "宁建", "11630100015240125F"),
        new("XN-RS", "西宁市人力资源和社会保障局", AgencyKind.Department, "XN", "西宁市", "宁人社", "11630100015240133A"),
        new("ELHT-BGS", "二连浩特市人民政府办公室", AgencyKind.Department, null, "二连浩特市", "二政办发", "11152501011617015G"),
        new("BYEB", "白云鄂博矿区人民政府", AgencyKind.Government, null, "白云鄂博矿区", "白政发", "11150206011420183R"),
        new("BL", "博乐市人民政府", AgencyKind.Government, null, "博乐市", "博政发", "11652701010210036N"),
    ];

    /// <summary>The agency of a code.</summary>
    public static DemoAgency ByCode(string code) => All.Single(a => a.Code == code);
}
