namespace Gongkai.Domain.Imports;

/// <summary>
/// What a column of a request ledger (依申请公开台账) holds. The headers that name each field are in
/// <see cref="LedgerVocabulary"/> (docs/imports.md lists them).
/// </summary>
public enum LedgerField
{
    /// <summary>申请人 / 申请人姓名（名称）.</summary>
    ApplicantName,

    /// <summary>申请人类型 / 类别 / 身份: a column of table 三.</summary>
    ApplicantKind,

    /// <summary>收到日期 / 受理日期 / 登记时间 (收到申请之日, 条例 第三十一条).</summary>
    ReceivedOn,

    /// <summary>申请方式 / 渠道 / 途径 (第二十九条).</summary>
    Channel,

    /// <summary>申请内容 / 所需信息 (第二十九条第二款第（二）项).</summary>
    Description,

    /// <summary>答复日期 / 办结日期 / 办理时间.</summary>
    RepliedOn,

    /// <summary>答复结果 / 处理结果 / 办理结果 / 答复情况: a leaf of table 三.</summary>
    Outcome,

    /// <summary>是否延期 (第三十三条第二款).</summary>
    Extended,

    /// <summary>延长的工作日数, when the ledger records it.</summary>
    ExtensionWorkingDays,

    /// <summary>备注.</summary>
    Note,

    /// <summary>联系电话.</summary>
    Phone,

    /// <summary>通信地址.</summary>
    Address,

    /// <summary>电子邮箱.</summary>
    Email,

    /// <summary>联系方式 (a phone number or an address).</summary>
    Contact,
}

/// <summary>What a column of a catalogue sheet (已发布信息) holds.</summary>
public enum CatalogueField
{
    /// <summary>索引号.</summary>
    IndexNumber,

    /// <summary>标题.</summary>
    Title,

    /// <summary>文号.</summary>
    DocumentNumber,

    /// <summary>发布日期.</summary>
    PublishedOn,

    /// <summary>成文日期.</summary>
    WrittenOn,

    /// <summary>主题分类.</summary>
    Category,

    /// <summary>正文.</summary>
    Body,

    /// <summary>原文链接.</summary>
    Link,

    /// <summary>附件 (paths relative to the sheet, separated by ; or a line break).</summary>
    Attachments,
}
