namespace Gongkai.Domain.Catalogue;

/// <summary>
/// 主题分类 of a catalogue entry: the headings under which agencies publish what 条例 第十九条、第二十条 require them
/// to disclose proactively (机构职能, 法规文件, 规划计划, 财政预决算, 人事信息 …). Persisted as strings; never renamed.
/// </summary>
public enum CatalogueCategory
{
    /// <summary>机构职能 (第二十条第（一）项).</summary>
    InstitutionalFunctions,

    /// <summary>法规文件: 行政法规、规章和规范性文件 (第二十条第（二）项).</summary>
    RegulationsAndDocuments,

    /// <summary>规划计划: 国民经济和社会发展规划、专项规划 (第二十条第（四）项).</summary>
    PlansAndProgrammes,

    /// <summary>统计信息 (第二十条第（五）项).</summary>
    Statistics,

    /// <summary>行政许可、行政处罚等行政执法信息 (第二十条第（六）（七）项).</summary>
    AdministrativeEnforcement,

    /// <summary>财政预决算 (第二十条第（八）项).</summary>
    Finance,

    /// <summary>行政事业性收费 (第二十条第（九）项).</summary>
    Fees,

    /// <summary>政府采购 (第二十条第（十）项).</summary>
    Procurement,

    /// <summary>重大建设项目、征收或者征用 (第二十条第（十一）项, 土地征收与房屋拆迁).</summary>
    LandAndExpropriation,

    /// <summary>社会救助、扶贫、教育、医疗、社会保障 (第二十条第（十二）项, 含最低生活保障).</summary>
    SocialAssistance,

    /// <summary>突发公共事件 (第二十条第（十三）项).</summary>
    PublicEmergencies,

    /// <summary>人事信息: 公务员考试录用、事业单位招聘 (第二十条第（十五）项).</summary>
    Personnel,

    /// <summary>其他: 工作动态、通知公告.</summary>
    Other,
}

/// <summary>The categories as printed on the portal.</summary>
public static class CatalogueCategoryNames
{
    /// <summary>The category in Chinese.</summary>
    public static string ChineseName(this CatalogueCategory category) => category switch
    {
        CatalogueCategory.InstitutionalFunctions => "机构职能",
        CatalogueCategory.RegulationsAndDocuments => "法规文件",
        CatalogueCategory.PlansAndProgrammes => "规划计划",
        CatalogueCategory.Statistics => "统计信息",
        CatalogueCategory.AdministrativeEnforcement => "行政执法",
        CatalogueCategory.Finance => "财政预决算",
        CatalogueCategory.Fees => "行政事业性收费",
        CatalogueCategory.Procurement => "政府采购",
        CatalogueCategory.LandAndExpropriation => "征收拆迁",
        CatalogueCategory.SocialAssistance => "社会救助",
        CatalogueCategory.PublicEmergencies => "突发公共事件",
        CatalogueCategory.Personnel => "人事信息",
        CatalogueCategory.Other => "其他",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
