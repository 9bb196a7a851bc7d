using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Notices;

/// <summary>A request and a full set of officer-supplied fields for notice tests.</summary>
internal static class NoticeSamples
{
    public static readonly RecordedBy Officer = new("officer.li", new DateTime(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc));

    public static DisclosureRequest Request() => RequestBuilder.InPerson(Guid.NewGuid(), "XN-2025-0007", new DateOnly(2025, 3, 3), Officer);

    public static NoticeFields Full() => new()
    {
        Reply = "现将该信息随本告知书一并提供。",
        Grounds = "该信息涉及第三方个人隐私。",
        LegalBasis = "《中华人民共和国政府信息公开条例》第十五条",
        CorrectionItems = "请写明所需信息的文号或者形成时间。",
        CorrectionPeriod = "自收到本告知书之日起10个工作日内",
        ExtensionPeriod = "20个工作日，至2025年4月28日",
        DelayedUntil = "2025年6月30日",
        FeeAmountFen = 120000,
        PaymentPeriod = "自收到本通知书之日起20个工作日内",
        ThirdParty = "某某建设有限公司",
    };

    public static IReadOnlyDictionary<string, string?> Values(NoticeFields fields) =>
        fields.ValuesFor(Request(), "西宁市城中区人民政府", new DateOnly(2025, 3, 10));
}
