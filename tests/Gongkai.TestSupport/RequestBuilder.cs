using Gongkai.Domain.Agencies;
using Gongkai.Domain.Requests;

namespace Gongkai.TestSupport;

/// <summary>Requests made through the domain's own methods (<see cref="DisclosureRequest.Register"/>), so events stay consistent.</summary>
public static class RequestBuilder
{
    /// <summary>An officer recording at a fixed instant (2024-09-27 10:00 in China).</summary>
    public static readonly RecordedBy Officer = new("officer.li", new DateTime(2024, 9, 27, 2, 0, 0, DateTimeKind.Utc));

    /// <summary>A municipal government.</summary>
    public static Agency Agency(string code = "XN-GOV") => new(Guid.NewGuid(), code, "西宁市人民政府", AgencyKind.Government, null);

    /// <summary>A natural person with every contact detail.</summary>
    public static Applicant Citizen() =>
        new(ApplicantKind.NaturalPerson, "张三", "630102199001011234", "13800000000", null, "西宁市城中区某路1号");

    /// <summary>A natural person who gave only a telephone number.</summary>
    public static Applicant CitizenByPhone(string name = "张三") => new(ApplicantKind.NaturalPerson, name, null, "13800000000", null, null);

    /// <summary>A letter signed for on <paramref name="signedFor"/>.</summary>
    public static DisclosureRequest Letter(Agency agency, DateOnly signedFor, string tracking = "XN-2024-0001") =>
        DisclosureRequest.Register(Guid.NewGuid(), agency.Id, tracking, SubmissionChannel.Post, Citizen(),
            "2024年城中区棚户区改造项目征收补偿方案（文号不详）", "纸质，邮寄", signedFor, Officer);

    /// <summary>A request handed in at the counter of the agency on <paramref name="submittedOn"/>.</summary>
    public static DisclosureRequest InPerson(Guid agencyId, string tracking, DateOnly submittedOn, RecordedBy by,
        string description = "2024年城中区棚户区改造项目征收补偿方案", string? formRequested = "纸质，邮寄") =>
        DisclosureRequest.Register(Guid.NewGuid(), agencyId, tracking, SubmissionChannel.InPerson, CitizenByPhone(),
            description, formRequested, submittedOn, by);
}
