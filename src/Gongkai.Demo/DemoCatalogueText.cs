using Gongkai.Domain.Catalogue;

namespace Gongkai.Demo;

/// <summary>The text of one generated catalogue entry.</summary>
public sealed record DemoEntryText(string Title, string Body, CatalogueCategory Category, string? DocumentNumber, Validity Validity, DateOnly WrittenOn, DateOnly PublishedOn);

/// <summary>
/// Realistic Chinese catalogue text (低保, 拆迁, 预算, 招聘, 规划 …) made from phrase banks, deterministic for a given
/// seed so that demo data and benchmarks are reproducible.
/// </summary>
public static class DemoCatalogueText
{
    private sealed record Topic(CatalogueCategory Category, bool IsDocument, string[] Titles, string[] Paragraphs);

    private static readonly Topic[] Topics =
    [
        new(CatalogueCategory.SocialAssistance, true,
            ["关于调整{year}年城乡最低生活保障标准的通知", "关于进一步做好城乡低保和特困人员救助供养工作的实施意见", "{year}年第{q}季度城乡低保资金发放情况公示", "关于开展低保对象动态管理专项清理的通知", "关于做好困难群众临时救助工作的通知"],
            ["为切实保障城乡困难群众基本生活，根据国务院《社会救助暂行办法》和自治区有关规定，结合{place}实际，现将{year}年城乡最低生活保障标准调整事项通知如下。",
             "城市低保标准由每人每月{n1}元提高到{n2}元，农村低保标准由每人每年{n3}元提高到{n4}元，自{year}年1月1日起执行。",
             "各地要严格落实低保对象认定条件，规范申请、审核、确认程序，做到应保尽保、应退尽退，对低保边缘家庭和刚性支出困难家庭及时给予临时救助。",
             "低保资金实行社会化发放，由财政部门直接发放到低保对象个人账户，任何单位和个人不得截留、挤占、挪用。",
             "各乡镇人民政府（街道办事处）要将低保对象名单在村（居）务公开栏长期公示，接受群众监督，监督举报电话：{phone}。"]),
        new(CatalogueCategory.LandAndExpropriation, true,
            ["关于{road}棚户区改造项目国有土地上房屋征收决定的公告", "{road}片区房屋征收补偿方案（征求意见稿）", "关于{road}拆迁安置项目补偿标准的公示", "关于集体土地征收及地上附着物补偿标准的通知", "{year}年度征地拆迁工作情况通报"],
            ["根据《国有土地上房屋征收与补偿条例》规定，为实施{road}棚户区改造项目，{agency}决定对项目范围内的国有土地上房屋实施征收。",
             "征收范围：东至{road}，西至滨河路，南至迎宾大道，北至铁路专用线，涉及被征收房屋约{n1}户，建筑面积约{n2}平方米。",
             "被征收人可以选择货币补偿，也可以选择房屋产权调换。拆迁安置房位于{road}安置小区，按照就近安置的原则确定。",
             "签约期限内搬迁的，按照被征收房屋评估价值的{pct}%给予搬迁奖励；对低保户、残疾人家庭等困难群众给予适当照顾。",
             "被征收人对房屋征收决定不服的，可以在公告之日起六十日内依法申请行政复议，也可以在六个月内依法提起行政诉讼。"]),
        new(CatalogueCategory.Finance, false,
            ["{agency}{year}年部门预算公开", "{agency}{year}年部门决算公开", "关于{year}年预算执行情况和{next}年预算草案的报告", "{year}年“三公”经费预算情况说明", "{year}年政府债务限额及余额情况公开"],
            ["根据《中华人民共和国预算法》和财政部关于预决算公开的有关规定，现将{agency}{year}年部门预算公开如下。",
             "{year}年收入预算{n1}万元，其中一般公共预算财政拨款收入{n2}万元；支出预算{n1}万元，其中基本支出{n3}万元，项目支出{n4}万元。",
             "“三公”经费预算{n5}万元，比上年减少{pct}%，其中因公出国（境）费0万元，公务用车购置及运行维护费{n6}万元，公务接待费{n7}万元。",
             "政府采购预算{n3}万元，主要用于办公设备购置和信息化系统运行维护。",
             "名词解释：基本支出是指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"]),
        new(CatalogueCategory.Personnel, false,
            ["{agency}{year}年公开招聘事业单位工作人员公告", "{year}年公开招聘社区工作者拟聘用人员名单公示", "关于{year}年公务员考试录用体检结果的公告", "{agency}{year}年引进急需紧缺人才公告", "关于干部任免的通知"],
            ["根据《事业单位人事管理条例》和事业单位公开招聘有关规定，经研究决定，{agency}{year}年面向社会公开招聘工作人员{n8}名。",
             "报名条件：具有中华人民共和国国籍，遵守宪法和法律，具有良好的品行和适应岗位要求的身体条件，年龄在18周岁以上、35周岁以下。",
             "招聘采取网上报名方式进行，报名时间为{year}年{m}月{d}日至{m}月{d2}日，考试分笔试和面试两个环节，笔试和面试成绩各占50%。",
             "拟聘用人员名单公示期为7个工作日，公示期间如有异议，可向{agency}人事部门反映，联系电话：{phone}。",
             "招聘工作坚持公开、平等、竞争、择优的原则，全程接受纪检监察部门和社会监督。"]),
        new(CatalogueCategory.PlansAndProgrammes, true,
            ["{place}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "{place}国土空间总体规划（2021—2035年）公示", "{place}{year}年城乡建设用地供应计划", "{place}养老服务体系建设专项规划", "{place}老旧小区改造{year}年度实施计划"],
            ["本规划依据《{place}国土空间总体规划》编制，是指导今后五年全市经济社会发展的纲领性文件。",
             "到{next}年，全市地区生产总值年均增长{pct}%左右，城镇化率达到{pct2}%，城乡居民人均可支配收入与经济增长基本同步。",
             "统筹推进老旧小区改造，{year}年计划改造老旧小区{n8}个，惠及居民{n1}户，重点解决供水、供暖、加装电梯等群众急难愁盼问题。",
             "优化国土空间开发保护格局，严守耕地保护红线、生态保护红线和城镇开发边界。",
             "规划实施情况纳入年度考核，每年向社会公开规划实施评估报告。"]),
        new(CatalogueCategory.RegulationsAndDocuments, true,
            ["{place}行政规范性文件管理办法", "{place}政府信息公开工作规定", "关于进一步优化营商环境的若干措施", "{place}城市供热管理办法", "{place}物业管理办法"],
            ["第一条 为了规范行政规范性文件的制定和监督管理工作，维护法制统一，根据有关法律法规，结合本市实际，制定本办法。",
             "第二条 本办法所称行政规范性文件，是指除政府规章外，由行政机关依照法定权限、程序制定并公开发布，涉及公民、法人和其他组织权利义务，具有普遍约束力，在一定期限内反复适用的公文。",
             "第三条 行政规范性文件应当经过合法性审核，未经合法性审核或者经审核不合法的，不得提交集体审议。",
             "第四条 行政规范性文件应当自印发之日起二十个工作日内通过政府网站、政府公报等途径向社会公开。",
             "第五条 本办法自印发之日起施行，有效期五年。"]),
        new(CatalogueCategory.InstitutionalFunctions, false,
            ["{agency}主要职责", "{agency}内设机构及职能", "{agency}领导信息", "{agency}机构概况"],
            ["贯彻执行国家和自治区关于本领域的方针政策和法律法规，拟订全市相关政策措施并组织实施。",
             "负责全市社会救助工作，统筹城乡低保、特困人员救助供养、临时救助等制度建设。",
             "办公地址：{place}人民路{n8}号，办公时间：工作日上午8:30—12:00，下午14:30—18:00（夏季时间另行通知）。",
             "内设机构：办公室、政策法规科、社会救助科、养老服务科、财务审计科。"]),
        new(CatalogueCategory.Procurement, false,
            ["{agency}{year}年政府集中采购目录及限额标准", "{road}道路改造工程招标公告", "办公设备采购项目中标结果公告", "{year}年政府采购意向公开"],
            ["根据《中华人民共和国政府采购法》及其实施条例，现就{road}道路改造工程进行公开招标，欢迎符合条件的供应商参加投标。",
             "项目预算金额{n1}万元，最高限价{n2}万元，采购方式为公开招标，评标办法为综合评分法。",
             "中标供应商：{place}市政工程有限公司，中标金额{n3}万元。公告期限为1个工作日。"]),
        new(CatalogueCategory.Statistics, false,
            ["{year}年{place}国民经济和社会发展统计公报", "{year}年{m}月份主要经济指标", "{year}年城乡居民收支情况"],
            ["{year}年，全市实现地区生产总值{n1}亿元，按不变价格计算，比上年增长{pct}%。",
             "全年城镇新增就业{n8}00人，城镇登记失业率控制在{pct}%以内。",
             "全体居民人均可支配收入{n2}元，比上年增长{pct2}%。"]),
    ];

    private static readonly string[] Roads = ["胜利路", "建设街", "新华路", "解放路", "朝阳街", "团结路", "五一路", "北大街", "河西片区", "火车站片区"];

    /// <summary>The text of entry number <paramref name="sequence"/> of an agency, published on or before <paramref name="latest"/> (over six years).</summary>
    public static DemoEntryText For(DemoAgency agency, int sequence, DateOnly latest, int seed = 20261123)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var random = new Random(unchecked(seed + (StableHash(agency.Code) * 1_000_003) + sequence));
        var topic = Topics[random.Next(Topics.Length)];
        var year = latest.Year - random.Next(0, 6);
        var written = new DateOnly(year, random.Next(1, 13), random.Next(1, 29));
        var published = written.AddDays(random.Next(1, 25));
        if (published > latest)
        {
            year--;
            written = written.AddYears(-1);
            published = published.AddYears(-1);
        }
        var values = new Dictionary<string, string>
        {
            ["year"] = year.ToString(), ["next"] = (year + 1).ToString(), ["q"] = random.Next(1, 5).ToString(),
            ["place"] = agency.Place, ["agency"] = agency.Name, ["road"] = Roads[random.Next(Roads.Length)],
            ["n1"] = random.Next(120, 9000).ToString(), ["n2"] = random.Next(200, 9900).ToString(),
            ["n3"] = random.Next(3000, 9000).ToString(), ["n4"] = random.Next(5000, 12000).ToString(),
            ["n5"] = random.Next(10, 90).ToString(), ["n6"] = random.Next(5, 40).ToString(), ["n7"] = random.Next(1, 9).ToString(),
            ["n8"] = random.Next(3, 60).ToString(), ["pct"] = random.Next(3, 12).ToString(), ["pct2"] = random.Next(55, 80).ToString(),
            ["m"] = random.Next(1, 12).ToString(), ["d"] = random.Next(1, 10).ToString(), ["d2"] = random.Next(15, 28).ToString(),
            ["phone"] = $"0{random.Next(470, 999)}-{random.Next(2000000, 8999999)}",
        };
        var title = Fill(topic.Titles[random.Next(topic.Titles.Length)], values);
        var count = Math.Min(topic.Paragraphs.Length, random.Next(3, 6));
        var start = random.Next(topic.Paragraphs.Length);
        var paragraphs = Enumerable.Range(0, count).Select(i => Fill(topic.Paragraphs[(start + i) % topic.Paragraphs.Length], values));
        var number = topic.IsDocument ? $"{agency.DocumentPrefix}〔{year}〕{random.Next(1, 120)}号" : null;
        var validity = topic.IsDocument ? (random.Next(10) < 8 ? Validity.InForce : Validity.Repealed) : Validity.NotApplicable;
        return new DemoEntryText(title, string.Join("\n", paragraphs), topic.Category, number, validity, written, published);
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked(hash * 31 + c);
        }

        return hash;
    }

    private static string Fill(string template, Dictionary<string, string> values)
    {
        foreach (var (key, value) in values)
        {
            template = template.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return template;
    }
}
