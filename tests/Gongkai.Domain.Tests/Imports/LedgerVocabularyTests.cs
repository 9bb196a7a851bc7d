using System.Text;
using Gongkai.Domain.Imports;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Imports;

public sealed class LedgerVocabularyTests
{
    [Theory]
    [InlineData("同意公开", Outcome.Disclosed)]
    [InlineData("予以公开", Outcome.Disclosed)]
    [InlineData("部分公开（涉及个人隐私部分不予公开）", Outcome.PartlyDisclosed)]
    [InlineData("不予公开（国家秘密）", Outcome.WithheldStateSecret)]
    [InlineData("不予公开(涉及商业秘密)", Outcome.WithheldTradeSecret)]
    [InlineData("信息不存在", Outcome.UnavailableDoesNotExist)]
    [InlineData("本机关不掌握", Outcome.UnavailableDoesNotExist)]
    [InlineData("不属于本机关负责公开", Outcome.UnavailableNotThisAgency)]
    [InlineData("需另行制作", Outcome.UnavailableNeedsNewProduction)]
    [InlineData("重复申请", Outcome.NotProcessedRepeatRequest)]
    [InlineData("信访类", Outcome.NotProcessedPetitionOrComplaint)]
    [InlineData("逾期未补正", Outcome.OtherCorrectionLapsed)]
    [InlineData("已主动公开", Outcome.DisclosedAlreadyPublic)]
    public void OutcomeOf_FreeWords_MapToTheTaxonomyLeaf(string text, Outcome expected)
    {
        var (outcome, error) = LedgerVocabulary.Default.OutcomeOf(text);

        Assert.Null(error);
        Assert.Equal(expected, outcome);
    }

    [Theory]
    [InlineData("不予公开", "大类")]
    [InlineData("已处理", "无法对应")]
    [InlineData("涉及国家秘密和商业秘密", "同时像")]
    public void OutcomeOf_WordsThatNameNoSingleLeaf_Refused(string text, string reason)
    {
        var (outcome, error) = LedgerVocabulary.Default.OutcomeOf(text);

        Assert.Null(outcome);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithMappingFile_OfficeWords_ExtendTheVocabulary()
    {
        var json = """{"headers": {"承办结果": "Outcome"}, "applicantKinds": {"个体户": "CommercialEnterprise"}, "outcomes": {"已答复": "Disclosed"}, "defaults": {"channel": "Post"}}""";

        var vocabulary = LedgerVocabulary.Default.WithMappingFile(Encoding.UTF8.GetBytes(json));

        Assert.Equal(LedgerField.Outcome, vocabulary.HeaderField("承办结果"));
        Assert.Equal(ApplicantKind.CommercialEnterprise, vocabulary.ApplicantKindOf("个体户"));
        Assert.Equal(Outcome.Disclosed, vocabulary.OutcomeOf("已答复").Outcome);
        Assert.Equal(SubmissionChannel.Post, vocabulary.DefaultChannel);
        Assert.Null(LedgerVocabulary.Default.ApplicantKindOf("个体户"));
    }

    [Theory]
    [InlineData("""{"outcomes": {"已答复": "Approved"}}""")]
    [InlineData("""{"colours": {}}""")]
    [InlineData("""not json""")]
    public void WithMappingFile_BadFile_RefusedInChinese(string json) =>
        Assert.Throws<RuleViolationException>(() => LedgerVocabulary.Default.WithMappingFile(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("申请人姓名（名称）", LedgerField.ApplicantName)]
    [InlineData("申请人姓名(名称)", LedgerField.ApplicantName)]
    [InlineData("申请人 类别", LedgerField.ApplicantKind)]
    [InlineData("收到日期", LedgerField.ReceivedOn)]
    [InlineData("答复情况", LedgerField.Outcome)]
    public void HeaderField_LocalWords_NameTheField(string header, LedgerField field) =>
        Assert.Equal(field, LedgerVocabulary.Default.HeaderField(header));

    [Fact]
    public void HeaderField_WordOnlyContainingAFieldName_NotGuessed() =>
        Assert.Null(LedgerVocabulary.Default.HeaderField("答复方式"));
}
