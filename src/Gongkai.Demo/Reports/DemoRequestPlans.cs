using Gongkai.Domain.Requests;
using static Gongkai.Domain.Requests.Outcome;
using static Gongkai.Domain.Requests.SubmissionChannel;

namespace Gongkai.Demo.Reports;

/// <summary>
/// The requests behind each demo report. The seed years reproduce what the published reports (seeds/) state:
/// 西宁市 2017 the 统计表 part 三 (48 received: 6 in person, 42 by letter; 46 on time, 2 extended; answers 5 / 14 / 6 /
/// 5 (4 国家秘密, 1 不是《条例》所指政府信息) / 12 / 3 / 1 / 2), 巴彦淖尔市 2017 "依申请公开受理25件", 博乐市 2017
/// one request answered on time, 二连浩特市 2011 and 白云鄂博矿区 2019 none. Where a report states a total without its
/// breakdown (巴彦淖尔), the breakdown here is invented and says so in the demo's notes. The other years are synthetic
/// and placed relative to today (docs/decisions/0011-demo-relative-to-today.md).
/// </summary>
public static class DemoRequestPlans
{
    /// <summary>西宁市 2017 (seeds/001, 统计表 三、依申请公开情况), spread over the city and its units.</summary>
    public static IReadOnlyList<DemoRequestLine> Xining2017 { get; } =
    [
        new(5, Post, DisclosedAlreadyPublic),
        new(12, Post, Disclosed),
        new(2, Post, Disclosed, Extended: true),
        new(6, InPerson, PartlyDisclosed),
        new(4, Post, WithheldStateSecret),
        new(1, Post, WithheldInternalAffairs),
        new(12, Post, UnavailableNotThisAgency, ApplicantKind.CommercialEnterprise),
        new(3, Post, UnavailableDoesNotExist),
        new(1, Post, OtherCorrectionLapsed),
        new(2, Post, NotProcessedPetitionOrComplaint),
    ];

    /// <summary>巴彦淖尔市 2017 (seeds/000: "2017年依申请公开受理25件"; the breakdown is Gongkai's invention).</summary>
    public static IReadOnlyList<DemoRequestLine> Bayannur2017 { get; } =
    [
        new(8, Post, Disclosed),
        new(4, Online, DisclosedAlreadyPublic),
        new(4, InPerson, PartlyDisclosed),
        new(3, Post, UnavailableNotThisAgency),
        new(3, Online, UnavailableDoesNotExist),
        new(2, Post, WithheldPersonalPrivacy, Extended: true),
        new(1, Fax, NotProcessedPetitionOrComplaint),
    ];

    /// <summary>博乐市 2017 (seeds/004: "收到公民要求办理依申请公开事项1次，并按时进行答复").</summary>
    public static IReadOnlyList<DemoRequestLine> Bole2017 { get; } = [new(1, InPerson, Disclosed)];

    /// <summary>A realistic synthetic year for an agency: the size scales the counts (1 = a county, 3 = a city).</summary>
    public static IReadOnlyList<DemoRequestLine> SyntheticYear(int size) =>
    [
        new(2 * size, Post, Disclosed, FromPreviousYear: true),
        new(1 * size, Online, PartlyDisclosed, ApplicantKind.CommercialEnterprise, FromPreviousYear: true),
        new(9 * size, Online, Disclosed),
        new(4 * size, Post, Disclosed),
        new(3 * size, InPerson, DisclosedAlreadyPublic),
        new(4 * size, Online, PartlyDisclosed),
        new(1 * size, Post, PartlyDisclosed, ApplicantKind.CommercialEnterprise, Extended: true),
        new(1 * size, Online, WithheldPersonalPrivacy),
        new(1 * size, Post, WithheldProcessInformation),
        new(1 * size, Online, WithheldTradeSecret, ApplicantKind.CommercialEnterprise),
        new(3 * size, Online, UnavailableDoesNotExist),
        new(2 * size, Post, UnavailableNotThisAgency),
        new(1 * size, Online, UnavailableNeedsNewProduction),
        new(1 * size, Online, NotProcessedPetitionOrComplaint),
        new(1 * size, Post, NotProcessedRepeatRequest),
        new(1 * size, Online, OtherCorrectionLapsed),
        new(1 * size, Post, Disclosed, ApplicantKind.LegalServiceInstitution),
        new(1 * size, Online, Disclosed, ApplicantKind.ResearchInstitution),
        new(2 * size, Online, null),
        new(1 * size, Post, null, ApplicantKind.CommercialEnterprise),
    ];

    /// <summary>
    /// The requests of the year in draft that are already closed: the synthetic year without the carry-over lines
    /// (those received the December before, and those still open at year end — the open queue takes their place).
    /// </summary>
    public static IReadOnlyList<DemoRequestLine> ClosedWithinYear(int size) =>
        [.. SyntheticYear(size).Where(l => l.Outcome is not null && !l.FromPreviousYear)];
}
