namespace Gongkai.Domain.Audit;

/// <summary>What a top-level part of a report is about, read from its heading.</summary>
public enum SectionTopic
{
    Unknown,

    /// <summary>概述 / 总体情况 / 基本情况.</summary>
    Overview,

    /// <summary>主动公开政府信息情况 (proactive disclosure).</summary>
    ProactiveDisclosure,

    /// <summary>回应解读情况 (responses to public concerns, policy interpretation; 2014 era).</summary>
    Responses,

    /// <summary>依申请公开 / 收到和处理政府信息公开申请情况 (requests).</summary>
    RequestsHandling,

    /// <summary>收费及减免 / 相关费用 (fees).</summary>
    Fees,

    /// <summary>行政复议、行政诉讼 (and 申诉/投诉 in older reports).</summary>
    ReconsiderationAndLitigation,

    /// <summary>存在的主要问题及改进情况 (problems and improvements).</summary>
    ProblemsAndImprovements,

    /// <summary>机构建设、保障经费、会议和培训 (2014 era).</summary>
    InstitutionsAndTraining,

    /// <summary>下一步工作 / 工作打算.</summary>
    NextSteps,

    /// <summary>其他需要报告的事项 (other matters).</summary>
    OtherMatters,
}
