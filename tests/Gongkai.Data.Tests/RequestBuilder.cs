using Gongkai.Domain.Agencies;
using Gongkai.Domain.Requests;

namespace Gongkai.Data.Tests;

/// <summary>Test data made through the domain's own methods, so events stay consistent.</summary>
public static class RequestBuilder
{
    public static readonly RecordedBy Officer = new("officer.li", new DateTime(2024, 9, 27, 2, 0, 0, DateTimeKind.Utc));

    public static Agency Agency(string code = "XN-GOV") => new(Guid.NewGuid(), code, "西宁市人民政府", AgencyKind.Government, null);

    public static Applicant Citizen() =>
        new(ApplicantKind.NaturalPerson, "张三", "630102199001011234", "13800000000", null, "西宁市城中区某路1号");

    public static DisclosureRequest Letter(Agency agency, DateOnly signedFor, string tracking = "XN-2024-0001") =>
        DisclosureRequest.Register(Guid.NewGuid(), agency.Id, tracking, SubmissionChannel.Post, Citizen(),
            "2024年城中区棚户区改造项目征收补偿方案（文号不详）", "纸质，邮寄", signedFor, Officer);
}
