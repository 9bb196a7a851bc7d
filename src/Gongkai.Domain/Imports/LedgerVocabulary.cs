using System.Text.Json;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Imports;

/// <summary>
/// The words offices use in their ledgers and catalogue sheets, and what each means in Gongkai: column headers, applicant
/// kinds (the columns of table 三), channels (第二十九条), outcomes (the leaves of table 三, 国办公开办函〔2021〕30号),
/// 是/否, and catalogue categories. docs/imports.md prints this vocabulary; a mapping file (<see cref="WithMappingFile"/>)
/// adds an office's own words, which win over the built-in ones.
/// <para>
/// Matching is on <see cref="TextKey"/>s. Headers, applicant kinds, channels and 是/否 must match a listed word exactly.
/// Outcomes are free text: an exact phrase first; otherwise the keywords the text contains (“不予公开（涉及商业秘密）”
/// contains 商业秘密) — 部分公开 wins over every other keyword (table 三: 区分处理的，只计这一情形), then the longest
/// keyword; two different outcomes on keywords of the same length are refused as ambiguous. “不予公开” or “无法提供”
/// alone names no leaf of table 三 and is refused.
/// </para>
/// </summary>
public sealed class LedgerVocabulary
{
    /// <summary>The largest mapping file read: 256 KB.</summary>
    public const int MaxMappingFileBytes = 256 * 1024;

    private readonly Dictionary<string, LedgerField> _headers;
    private readonly Dictionary<string, CatalogueField> _catalogueHeaders;
    private readonly Dictionary<string, ApplicantKind> _applicantKinds;
    private readonly Dictionary<string, SubmissionChannel> _channels;
    private readonly Dictionary<string, Outcome> _outcomePhrases;
    private readonly Dictionary<string, Outcome> _outcomeKeywords;
    private readonly Dictionary<string, CatalogueCategory> _categories;

    private LedgerVocabulary(
        Dictionary<string, LedgerField> headers, Dictionary<string, CatalogueField> catalogueHeaders, Dictionary<string, ApplicantKind> applicantKinds,
        Dictionary<string, SubmissionChannel> channels, Dictionary<string, Outcome> outcomePhrases, Dictionary<string, Outcome> outcomeKeywords,
        Dictionary<string, CatalogueCategory> categories, ApplicantKind? defaultApplicantKind, SubmissionChannel? defaultChannel)
    {
        _headers = headers;
        _catalogueHeaders = catalogueHeaders;
        _applicantKinds = applicantKinds;
        _channels = channels;
        _outcomePhrases = outcomePhrases;
        _outcomeKeywords = outcomeKeywords;
        _categories = categories;
        DefaultApplicantKind = defaultApplicantKind;
        DefaultChannel = defaultChannel;
    }

    /// <summary>The built-in vocabulary.</summary>
    public static LedgerVocabulary Default { get; } = new(
        Keyed(HeaderWords), Keyed(CatalogueHeaderWords), Keyed(ApplicantKindWords), Keyed(ChannelWords), Keyed(OutcomePhraseWords),
        Keyed(OutcomeKeywordWords), Keyed(CategoryWords), null, null);

    /// <summary>
    /// The applicant kind for a ledger without an applicant-kind column, when the mapping file says so
    /// (<c>"defaults": {"applicantKind": "NaturalPerson"}</c>); null: such a ledger is refused.
    /// </summary>
    public ApplicantKind? DefaultApplicantKind { get; }

    /// <summary>The channel for a ledger without a channel column, when the mapping file says so; null: refused.</summary>
    public SubmissionChannel? DefaultChannel { get; }

    /// <summary>Words that say yes in 是否延期.</summary>
    public static IReadOnlyList<string> YesWords { get; } = ["是", "有", "延期", "已延期", "延长", "y", "yes", "√", "✓", "1", "true"];

    /// <summary>Words that say no in 是否延期 (a blank cell says no as well).</summary>
    public static IReadOnlyList<string> NoWords { get; } = ["否", "无", "未延期", "不延期", "n", "no", "×", "0", "false", "/"];

    /// <summary>The ledger field a header names, or null.</summary>
    public LedgerField? HeaderField(string header) => _headers.TryGetValue(TextKey.Of(header), out var f) ? f : null;

    /// <summary>The catalogue field a header names, or null.</summary>
    public CatalogueField? CatalogueHeaderField(string header) => _catalogueHeaders.TryGetValue(TextKey.Of(header), out var f) ? f : null;

    /// <summary>The applicant kind a word names, or null.</summary>
    public ApplicantKind? ApplicantKindOf(string text) => _applicantKinds.TryGetValue(TextKey.Of(text), out var k) ? k : null;

    /// <summary>The channel a word names, or null.</summary>
    public SubmissionChannel? ChannelOf(string text) => _channels.TryGetValue(TextKey.Of(text), out var c) ? c : null;

    /// <summary>The catalogue category a word names, or null.</summary>
    public CatalogueCategory? CategoryOf(string text) => _categories.TryGetValue(TextKey.Of(text), out var c) ? c : null;

    /// <summary>Whether 是否延期 says yes (true), no (false), or cannot be read (null).</summary>
    public static bool? YesNo(string text)
    {
        var key = TextKey.Of(text);
        if (key.Length == 0 || NoWords.Any(w => TextKey.Of(w) == key) || text.Trim() is "/" or "-" or "—")
        {
            return false;
        }

        return YesWords.Any(w => TextKey.Of(w) == key || (w.Length > 1 && key.StartsWith(TextKey.Of(w), StringComparison.Ordinal))) ? true : null;
    }

    /// <summary>The outcome the text names, or the reason it cannot be mapped (see the type remarks).</summary>
    public (Outcome? Outcome, string? Error) OutcomeOf(string text)
    {
        var key = TextKey.Of(text);
        if (_outcomePhrases.TryGetValue(key, out var exact))
        {
            return (exact, null);
        }

        var found = _outcomeKeywords.Where(k => key.Contains(k.Key, StringComparison.Ordinal)).ToList();
        if (found.Count == 0)
        {
            return (null, key.Contains("不予公开", StringComparison.Ordinal) || key.Contains("无法提供", StringComparison.Ordinal) || key.Contains("不予处理", StringComparison.Ordinal)
                ? "只写了大类，没有写明属于表三的哪一项理由（如“不予公开（国家秘密）”“无法提供（信息不存在）”），请补充或在映射文件中说明。"
                : "无法对应到年度报告表三的办理结果，请改写或在映射文件（--mapping）的 outcomes 中说明其含义。");
        }

        if (found.Any(f => f.Value == Outcome.PartlyDisclosed))
        {
            return (Outcome.PartlyDisclosed, null);
        }

        var longest = found.Max(f => f.Key.Length);
        var outcomes = found.Where(f => f.Key.Length == longest).Select(f => f.Value).Distinct().ToList();
        return outcomes.Count == 1
            ? (outcomes[0], null)
            : (null, $"同时像“{string.Join("”和“", outcomes.Select(OutcomeTaxonomy.ChineseName))}”，无法确定，请改写或在映射文件中说明。");
    }

    /// <summary>
    /// This vocabulary with an office's mapping file added (JSON, at most <see cref="MaxMappingFileBytes"/>):
    /// <c>{"headers": {"承办结果": "Outcome"}, "applicantKinds": {"个体户": "CommercialEnterprise"}, "channels": {"12345转办": "Online"},
    /// "outcomes": {"已答复": "Disclosed"}, "categories": {"通知公告": "Other"}, "defaults": {"applicantKind": "NaturalPerson", "channel": "Post"}}</c>.
    /// Values are the English names of <see cref="LedgerField"/>, <see cref="CatalogueField"/>, <see cref="ApplicantKind"/>,
    /// <see cref="SubmissionChannel"/>, <see cref="Outcome"/> and <see cref="CatalogueCategory"/>.
    /// </summary>
    /// <exception cref="RuleViolationException">The file is too large, not JSON, or names a value that does not exist.</exception>
    public LedgerVocabulary WithMappingFile(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxMappingFileBytes)
        {
            throw new RuleViolationException($"映射文件超过{MaxMappingFileBytes / 1024} KB。");
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new RuleViolationException("映射文件须是一个 JSON 对象。");
            }

            var headers = new Dictionary<string, LedgerField>(_headers);
            var catalogueHeaders = new Dictionary<string, CatalogueField>(_catalogueHeaders);
            var kinds = new Dictionary<string, ApplicantKind>(_applicantKinds);
            var channels = new Dictionary<string, SubmissionChannel>(_channels);
            var outcomes = new Dictionary<string, Outcome>(_outcomePhrases);
            var categories = new Dictionary<string, CatalogueCategory>(_categories);
            ApplicantKind? defaultKind = DefaultApplicantKind;
            SubmissionChannel? defaultChannel = DefaultChannel;
            foreach (var section in document.RootElement.EnumerateObject())
            {
                switch (section.Name)
                {
                    case "headers":
                        foreach (var (word, value) in Pairs(section))
                        {
                            if (Enum.TryParse<LedgerField>(value, ignoreCase: false, out var field) && Enum.IsDefined(field))
                            {
                                headers[TextKey.Of(word)] = field;
                            }
                            else
                            {
                                catalogueHeaders[TextKey.Of(word)] = Parse<CatalogueField>(value, section.Name, word);
                            }
                        }

                        break;
                    case "applicantKinds":
                        foreach (var (word, value) in Pairs(section)) { kinds[TextKey.Of(word)] = Parse<ApplicantKind>(value, section.Name, word); }
                        break;
                    case "channels":
                        foreach (var (word, value) in Pairs(section)) { channels[TextKey.Of(word)] = Parse<SubmissionChannel>(value, section.Name, word); }
                        break;
                    case "outcomes":
                        foreach (var (word, value) in Pairs(section)) { outcomes[TextKey.Of(word)] = Parse<Outcome>(value, section.Name, word); }
                        break;
                    case "categories":
                        foreach (var (word, value) in Pairs(section)) { categories[TextKey.Of(word)] = Parse<CatalogueCategory>(value, section.Name, word); }
                        break;
                    case "defaults":
                        foreach (var (word, value) in Pairs(section))
                        {
                            switch (word)
                            {
                                case "applicantKind": defaultKind = Parse<ApplicantKind>(value, section.Name, word); break;
                                case "channel": defaultChannel = Parse<SubmissionChannel>(value, section.Name, word); break;
                                default: throw new RuleViolationException($"映射文件 defaults 中的“{word}”不认识（只有 applicantKind、channel）。");
                            }
                        }

                        break;
                    default:
                        throw new RuleViolationException($"映射文件中的“{section.Name}”不认识（可用 headers、applicantKinds、channels、outcomes、categories、defaults）。");
                }
            }

            return new LedgerVocabulary(headers, catalogueHeaders, kinds, channels, outcomes, _outcomeKeywords, categories, defaultKind, defaultChannel);
        }
        catch (JsonException e)
        {
            throw new RuleViolationException($"映射文件不是有效的 JSON（第{e.LineNumber + 1}行）。");
        }
    }

    private static IEnumerable<(string Word, string Value)> Pairs(JsonProperty section)
    {
        if (section.Value.ValueKind != JsonValueKind.Object)
        {
            throw new RuleViolationException($"映射文件的“{section.Name}”须是“词: 含义”的对象。");
        }

        foreach (var p in section.Value.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(p.Name))
            {
                throw new RuleViolationException($"映射文件“{section.Name}”中的“{p.Name}”须对应一个文字值。");
            }

            yield return (p.Name, p.Value.GetString()!);
        }
    }

    private static T Parse<T>(string value, string section, string word)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !value.Any(char.IsDigit)
            ? parsed
            : throw new RuleViolationException($"映射文件“{section}”中“{word}”的含义“{value}”不认识，可用：{string.Join("、", Enum.GetNames<T>())}。");

    private static Dictionary<string, T> Keyed<T>(IEnumerable<(string Word, T Value)> words)
    {
        var keyed = new Dictionary<string, T>();
        foreach (var (word, value) in words)
        {
            var key = TextKey.Of(word);
            if (keyed.TryGetValue(key, out var existing) && !EqualityComparer<T>.Default.Equals(existing, value))
            {
                throw new InvalidOperationException($"Vocabulary word '{word}' has two meanings.");
            }

            keyed[key] = value;
        }

        return keyed;
    }

    private static IEnumerable<(string, LedgerField)> HeaderWords =>
    [
        ("申请人", LedgerField.ApplicantName), ("申请人姓名", LedgerField.ApplicantName), ("申请人名称", LedgerField.ApplicantName),
        ("申请人姓名（名称）", LedgerField.ApplicantName), ("申请人姓名或名称", LedgerField.ApplicantName), ("姓名", LedgerField.ApplicantName),
        ("姓名（名称）", LedgerField.ApplicantName), ("姓名/名称", LedgerField.ApplicantName), ("申请单位", LedgerField.ApplicantName), ("申请人信息/姓名", LedgerField.ApplicantName),
        ("申请人/姓名", LedgerField.ApplicantName), ("申请人/姓名（名称）", LedgerField.ApplicantName), ("申请人/名称", LedgerField.ApplicantName),
        ("申请人类型", LedgerField.ApplicantKind), ("申请人类别", LedgerField.ApplicantKind), ("申请人身份", LedgerField.ApplicantKind),
        ("申请人性质", LedgerField.ApplicantKind), ("申请主体", LedgerField.ApplicantKind), ("申请主体类型", LedgerField.ApplicantKind), ("类型", LedgerField.ApplicantKind),
        ("类别", LedgerField.ApplicantKind), ("身份", LedgerField.ApplicantKind), ("申请人/类型", LedgerField.ApplicantKind), ("申请人/类别", LedgerField.ApplicantKind),
        ("申请人/身份", LedgerField.ApplicantKind),
        ("收到日期", LedgerField.ReceivedOn), ("受理日期", LedgerField.ReceivedOn), ("登记时间", LedgerField.ReceivedOn), ("登记日期", LedgerField.ReceivedOn),
        ("收到时间", LedgerField.ReceivedOn), ("受理时间", LedgerField.ReceivedOn), ("收到申请日期", LedgerField.ReceivedOn), ("收到申请时间", LedgerField.ReceivedOn),
        ("申请日期", LedgerField.ReceivedOn), ("申请时间", LedgerField.ReceivedOn), ("收件日期", LedgerField.ReceivedOn), ("收文日期", LedgerField.ReceivedOn),
        ("申请方式", LedgerField.Channel), ("申请渠道", LedgerField.Channel), ("申请途径", LedgerField.Channel), ("提交方式", LedgerField.Channel),
        ("渠道", LedgerField.Channel), ("途径", LedgerField.Channel), ("受理方式", LedgerField.Channel), ("申请形式", LedgerField.Channel),
        ("申请内容", LedgerField.Description), ("所需信息", LedgerField.Description), ("所需信息内容", LedgerField.Description), ("所需政府信息", LedgerField.Description),
        ("申请公开的信息", LedgerField.Description), ("申请公开内容", LedgerField.Description), ("申请公开的政府信息", LedgerField.Description),
        ("申请事项", LedgerField.Description), ("信息名称", LedgerField.Description), ("所需信息的内容描述", LedgerField.Description),
        ("答复日期", LedgerField.RepliedOn), ("办结日期", LedgerField.RepliedOn), ("办理时间", LedgerField.RepliedOn), ("答复时间", LedgerField.RepliedOn),
        ("办结时间", LedgerField.RepliedOn), ("回复日期", LedgerField.RepliedOn), ("答复办结日期", LedgerField.RepliedOn), ("出具答复日期", LedgerField.RepliedOn),
        ("答复结果", LedgerField.Outcome), ("处理结果", LedgerField.Outcome), ("办理结果", LedgerField.Outcome), ("答复情况", LedgerField.Outcome),
        ("答复类型", LedgerField.Outcome), ("答复意见", LedgerField.Outcome), ("办理情况", LedgerField.Outcome), ("处理情况", LedgerField.Outcome), ("答复内容", LedgerField.Outcome),
        ("是否延期", LedgerField.Extended), ("是否延期答复", LedgerField.Extended), ("是否延长", LedgerField.Extended), ("是否延长答复期限", LedgerField.Extended), ("延期", LedgerField.Extended),
        ("延长天数", LedgerField.ExtensionWorkingDays), ("延期天数", LedgerField.ExtensionWorkingDays), ("延长工作日", LedgerField.ExtensionWorkingDays), ("延长工作日数", LedgerField.ExtensionWorkingDays),
        ("备注", LedgerField.Note), ("说明", LedgerField.Note),
        ("联系电话", LedgerField.Phone), ("电话", LedgerField.Phone), ("手机", LedgerField.Phone), ("手机号码", LedgerField.Phone),
        ("通信地址", LedgerField.Address), ("通讯地址", LedgerField.Address), ("联系地址", LedgerField.Address), ("地址", LedgerField.Address), ("邮寄地址", LedgerField.Address),
        ("电子邮箱", LedgerField.Email), ("邮箱", LedgerField.Email), ("电子邮件地址", LedgerField.Email),
        ("联系方式", LedgerField.Contact),
    ];

    private static IEnumerable<(string, CatalogueField)> CatalogueHeaderWords =>
    [
        ("索引号", CatalogueField.IndexNumber), ("索引编号", CatalogueField.IndexNumber),
        ("标题", CatalogueField.Title), ("名称", CatalogueField.Title), ("信息名称", CatalogueField.Title), ("文件名称", CatalogueField.Title), ("文件标题", CatalogueField.Title),
        ("文号", CatalogueField.DocumentNumber), ("发文字号", CatalogueField.DocumentNumber), ("文件编号", CatalogueField.DocumentNumber),
        ("发布日期", CatalogueField.PublishedOn), ("发布时间", CatalogueField.PublishedOn), ("公开日期", CatalogueField.PublishedOn), ("公开时间", CatalogueField.PublishedOn),
        ("成文日期", CatalogueField.WrittenOn), ("生成日期", CatalogueField.WrittenOn), ("印发日期", CatalogueField.WrittenOn),
        ("主题分类", CatalogueField.Category), ("分类", CatalogueField.Category), ("主题", CatalogueField.Category), ("信息类别", CatalogueField.Category),
        ("正文", CatalogueField.Body), ("内容", CatalogueField.Body), ("信息内容", CatalogueField.Body),
        ("链接", CatalogueField.Link), ("原文链接", CatalogueField.Link), ("网址", CatalogueField.Link), ("url", CatalogueField.Link), ("链接地址", CatalogueField.Link),
        ("附件", CatalogueField.Attachments), ("附件路径", CatalogueField.Attachments), ("附件文件", CatalogueField.Attachments),
    ];

    private static IEnumerable<(string, ApplicantKind)> ApplicantKindWords =>
    [
        ("自然人", ApplicantKind.NaturalPerson), ("个人", ApplicantKind.NaturalPerson), ("公民", ApplicantKind.NaturalPerson), ("群众", ApplicantKind.NaturalPerson),
        ("商业企业", ApplicantKind.CommercialEnterprise), ("企业", ApplicantKind.CommercialEnterprise), ("公司", ApplicantKind.CommercialEnterprise), ("企业法人", ApplicantKind.CommercialEnterprise),
        ("个体工商户", ApplicantKind.CommercialEnterprise),
        ("科研机构", ApplicantKind.ResearchInstitution), ("科研院所", ApplicantKind.ResearchInstitution), ("研究机构", ApplicantKind.ResearchInstitution),
        ("社会公益组织", ApplicantKind.PublicWelfareOrganization), ("社会组织", ApplicantKind.PublicWelfareOrganization), ("公益组织", ApplicantKind.PublicWelfareOrganization),
        ("法律服务机构", ApplicantKind.LegalServiceInstitution), ("律师事务所", ApplicantKind.LegalServiceInstitution), ("律所", ApplicantKind.LegalServiceInstitution),
        ("其他", ApplicantKind.OtherOrganization), ("其他组织", ApplicantKind.OtherOrganization), ("法人或其他组织其他", ApplicantKind.OtherOrganization),
    ];

    private static IEnumerable<(string, SubmissionChannel)> ChannelWords =>
    [
        ("当面", SubmissionChannel.InPerson), ("当面提交", SubmissionChannel.InPerson), ("现场", SubmissionChannel.InPerson), ("现场申请", SubmissionChannel.InPerson),
        ("窗口", SubmissionChannel.InPerson), ("窗口受理", SubmissionChannel.InPerson), ("来访", SubmissionChannel.InPerson),
        ("信函", SubmissionChannel.Post), ("邮寄", SubmissionChannel.Post), ("ems", SubmissionChannel.Post), ("挂号信", SubmissionChannel.Post), ("快递", SubmissionChannel.Post),
        ("邮政", SubmissionChannel.Post), ("信件", SubmissionChannel.Post), ("来信", SubmissionChannel.Post), ("信函申请", SubmissionChannel.Post), ("邮寄信函", SubmissionChannel.Post),
        ("网络", SubmissionChannel.Online), ("网上", SubmissionChannel.Online), ("在线", SubmissionChannel.Online), ("网上申请", SubmissionChannel.Online),
        ("在线申请", SubmissionChannel.Online), ("网络申请", SubmissionChannel.Online), ("政府网站", SubmissionChannel.Online), ("互联网", SubmissionChannel.Online),
        ("电子邮件", SubmissionChannel.Email), ("电子邮箱", SubmissionChannel.Email), ("email", SubmissionChannel.Email), ("e-mail", SubmissionChannel.Email),
        ("传真", SubmissionChannel.Fax),
    ];

    private static IEnumerable<(string, Outcome)> OutcomePhraseWords =>
    [
        ("公开", Outcome.Disclosed), ("予以公开", Outcome.Disclosed), ("同意公开", Outcome.Disclosed), ("全部公开", Outcome.Disclosed), ("已公开", Outcome.Disclosed),
        ("提供", Outcome.Disclosed), ("已提供", Outcome.Disclosed), ("予以提供", Outcome.Disclosed),
        ("其他处理", Outcome.OtherHandling), ("申请人撤回", Outcome.OtherHandling), ("撤回申请", Outcome.OtherHandling), ("撤回", Outcome.OtherHandling),
    ];

    private static IEnumerable<(string, Outcome)> OutcomeKeywordWords =>
    [
        ("已主动公开", Outcome.DisclosedAlreadyPublic), ("属于主动公开", Outcome.DisclosedAlreadyPublic),
        ("部分公开", Outcome.PartlyDisclosed), ("区分处理", Outcome.PartlyDisclosed),
        ("国家秘密", Outcome.WithheldStateSecret),
        ("法律行政法规禁止", Outcome.WithheldProhibitedByLaw), ("法律法规禁止", Outcome.WithheldProhibitedByLaw),
        ("三安全一稳定", Outcome.WithheldEndangersSecurityOrStability), ("危及国家安全", Outcome.WithheldEndangersSecurityOrStability),
        ("社会稳定", Outcome.WithheldEndangersSecurityOrStability),
        ("商业秘密", Outcome.WithheldTradeSecret), ("个人隐私", Outcome.WithheldPersonalPrivacy), ("第三方合法权益", Outcome.WithheldThirdPartyRights),
        ("内部事务", Outcome.WithheldInternalAffairs), ("过程性信息", Outcome.WithheldProcessInformation), ("过程信息", Outcome.WithheldProcessInformation),
        ("行政执法案卷", Outcome.WithheldEnforcementCaseFile), ("执法案卷", Outcome.WithheldEnforcementCaseFile),
        ("行政查询", Outcome.WithheldAdministrativeInquiry),
        ("信息不存在", Outcome.UnavailableDoesNotExist), ("政府信息不存在", Outcome.UnavailableDoesNotExist), ("本机关不掌握", Outcome.UnavailableDoesNotExist),
        ("不掌握", Outcome.UnavailableDoesNotExist), ("经检索没有", Outcome.UnavailableDoesNotExist),
        ("非本机关", Outcome.UnavailableNotThisAgency), ("不属于本机关", Outcome.UnavailableNotThisAgency), ("不属于本机关负责公开", Outcome.UnavailableNotThisAgency),
        ("另行制作", Outcome.UnavailableNeedsNewProduction), ("需另行制作", Outcome.UnavailableNeedsNewProduction), ("加工分析", Outcome.UnavailableNeedsNewProduction),
        ("仍不明确", Outcome.UnavailableStillUnclear),
        ("信访", Outcome.NotProcessedPetitionOrComplaint), ("举报", Outcome.NotProcessedPetitionOrComplaint), ("投诉", Outcome.NotProcessedPetitionOrComplaint),
        ("重复申请", Outcome.NotProcessedRepeatRequest), ("公开出版物", Outcome.NotProcessedPublishedMaterial),
        ("大量反复", Outcome.NotProcessedExcessiveRequests), ("确认或重新出具", Outcome.NotProcessedConfirmationOrReissue), ("重新出具", Outcome.NotProcessedConfirmationOrReissue),
        ("逾期未补正", Outcome.OtherCorrectionLapsed), ("逾期不补正", Outcome.OtherCorrectionLapsed), ("未补正", Outcome.OtherCorrectionLapsed),
        ("逾期未缴费", Outcome.OtherFeeLapsed), ("逾期未缴纳", Outcome.OtherFeeLapsed), ("未缴费", Outcome.OtherFeeLapsed),
    ];

    private static IEnumerable<(string, CatalogueCategory)> CategoryWords =>
        Enum.GetValues<CatalogueCategory>().Select(c => (c.ChineseName(), c)).Concat(
        [
            ("机构信息", CatalogueCategory.InstitutionalFunctions), ("政策文件", CatalogueCategory.RegulationsAndDocuments), ("规范性文件", CatalogueCategory.RegulationsAndDocuments),
            ("法规公文", CatalogueCategory.RegulationsAndDocuments), ("规划", CatalogueCategory.PlansAndProgrammes), ("统计数据", CatalogueCategory.Statistics),
            ("行政许可", CatalogueCategory.AdministrativeEnforcement), ("行政处罚", CatalogueCategory.AdministrativeEnforcement), ("预决算", CatalogueCategory.Finance),
            ("财政信息", CatalogueCategory.Finance), ("收费", CatalogueCategory.Fees), ("采购", CatalogueCategory.Procurement), ("征地拆迁", CatalogueCategory.LandAndExpropriation),
            ("重大建设项目", CatalogueCategory.LandAndExpropriation), ("社会保障", CatalogueCategory.SocialAssistance), ("应急管理", CatalogueCategory.PublicEmergencies),
            ("人事", CatalogueCategory.Personnel), ("工作动态", CatalogueCategory.Other), ("通知公告", CatalogueCategory.Other),
        ]);
}
