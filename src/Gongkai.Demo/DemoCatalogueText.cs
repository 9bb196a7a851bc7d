using Gongkai.Domain.Catalogue;

namespace Gongkai.Demo;

/// <summary>The text of one generated catalogue entry.</summary>
public sealed record DemoEntryText(string Title, string Body, CatalogueCategory Category, string? DocumentNumber, Validity Validity, DateOnly WrittenOn, DateOnly PublishedOn);

/// <summary>
/// Realistic Chinese catalogue text, deterministic for a given seed so that demo data and benchmarks are reproducible.
/// An entry belongs to one of some thirty subject domains (城乡低保, 房屋征收, 部门预算, 公开招聘, 国土空间规划, 河长制,
/// 食品安全 …); its title and body are composed from the domain's subjects, title patterns and paragraphs, shared
/// administrative paragraphs, and large vocabularies of towns, roads, verbs and numbers. A specific two-character term
/// such as 低保 therefore occurs in about 1–2 % of the entries, as in a real catalogue, rather than in a third of them.
/// The first entries of each agency go through the domains in turn, so a small demo catalogue covers every domain.
/// </summary>
public static class DemoCatalogueText
{
    private sealed record Domain(CatalogueCategory Category, bool IsDocument, string[] Subjects, string[] Titles, string[] Paragraphs, int Weight = 4);

    private static readonly Domain[] Domains =
    [
        new(CatalogueCategory.SocialAssistance, true,
            ["城乡最低生活保障", "低保对象动态管理", "低保边缘家庭认定", "城乡低保资金发放", "低保标准调整"],
            ["关于调整{year}年城乡最低生活保障标准的通知", "{year}年第{q}季度城乡低保资金发放情况公示", "关于开展低保对象动态管理专项清理的通知", "{town}{year}年{m}月低保对象名单公示"],
            ["为切实保障城乡困难群众基本生活，根据《社会救助暂行办法》，结合{place}实际，现将{year}年城乡最低生活保障标准调整事项通知如下。",
             "城市低保标准由每人每月{n1}元提高到{n2}元，农村低保标准由每人每年{n3}元提高到{n4}元。",
             "严格落实低保对象认定条件，规范申请、审核、确认程序，做到应保尽保、应退尽退。",
             "低保资金实行社会化发放，由财政部门直接发放到低保对象个人账户，任何单位和个人不得截留、挤占、挪用。",
             "各乡镇人民政府（街道办事处）要将低保对象名单在村（居）务公开栏长期公示，监督举报电话：{phone}。"], 2),
        new(CatalogueCategory.SocialAssistance, true,
            ["特困人员救助供养", "临时救助", "困难残疾人生活补贴", "重度残疾人护理补贴", "孤儿基本生活保障", "流浪乞讨人员救助管理", "事实无人抚养儿童保障"],
            ["关于提高{year}年特困人员基本生活标准的通知", "{place}临时救助实施细则", "{year}年残疾人两项补贴发放情况公示", "关于做好{year}年冬春救助工作的通知"],
            ["对符合条件的特困人员，按照不低于当地低保标准的{pct2}%确定基本生活标准，全自理、半护理、全护理人员分档确定照料护理标准。",
             "临时救助实行“先行救助”，对急难型救助对象，乡镇（街道）可在{n8}个工作日内直接实施救助，事后补齐手续。",
             "困难残疾人生活补贴标准为每人每月{n6}0元，重度残疾人护理补贴标准为每人每月{n7}0元。",
             "孤儿基本生活费集中供养标准每人每月{n2}元，社会散居标准每人每月{n1}元，按月足额发放。"], 2),
        new(CatalogueCategory.LandAndExpropriation, true,
            ["国有土地上房屋征收", "棚户区改造", "征地拆迁补偿", "拆迁安置房分配", "集体土地征收"],
            ["关于{road}棚户区改造项目国有土地上房屋征收决定的公告", "{road}片区房屋征收补偿方案（征求意见稿）", "关于{road}拆迁安置项目补偿标准的公示", "{year}年度征地拆迁工作情况通报"],
            ["根据《国有土地上房屋征收与补偿条例》，为实施{road}棚户区改造项目，{agency}决定对项目范围内的国有土地上房屋实施征收。",
             "征收范围：东至{road}，西至{road2}，涉及被征收房屋约{n1}户，建筑面积约{n2}平方米。",
             "被征收人可以选择货币补偿，也可以选择房屋产权调换，拆迁安置房按照就近安置的原则确定。",
             "签约期限内搬迁的，按照被征收房屋评估价值的{pct}%给予搬迁奖励。",
             "被征收人对房屋征收决定不服的，可以依法申请行政复议，也可以依法提起行政诉讼。"], 2),
        new(CatalogueCategory.LandAndExpropriation, true,
            ["土地征收成片开发方案", "征地区片综合地价", "建设用地报批", "土地储备", "国有建设用地使用权出让"],
            ["{place}{year}年第{q}批次建设用地征收土地预公告", "关于{town}土地征收成片开发方案的公示", "{place}国有建设用地使用权挂牌出让公告", "关于公布{place}征地区片综合地价的通知"],
            ["拟征收土地位于{town}，面积{n3}平方米，用途为城镇住宅用地和公共设施用地。",
             "自本公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建，违反规定的不予补偿。",
             "出让宗地编号为{code}，土地面积{n4}平方米，起始价{n5}0万元，竞买保证金{n6}0万元。",
             "区片综合地价包括土地补偿费和安置补助费，不包括地上附着物和青苗补偿费。"], 2),
        new(CatalogueCategory.Finance, false,
            ["部门预算", "部门决算", "“三公”经费", "政府性基金预算", "预算绩效管理"],
            ["{agency}{year}年部门预算公开", "{agency}{year}年部门决算公开", "{year}年“三公”经费预算情况说明", "关于{year}年预算执行情况和{next}年预算草案的报告"],
            ["根据《中华人民共和国预算法》和预决算公开有关规定，现将{agency}{year}年部门预算公开如下。",
             "{year}年收入预算{n1}万元，其中一般公共预算财政拨款收入{n2}万元；支出预算{n1}万元，其中项目支出{n4}万元。",
             "“三公”经费预算{n5}万元，比上年减少{pct}%，其中公务用车购置及运行维护费{n6}万元，公务接待费{n7}万元。",
             "名词解释：基本支出是指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"], 5),
        new(CatalogueCategory.Finance, false,
            ["政府债务", "转移支付", "国有资本经营预算", "惠民惠农财政补贴", "财政专项资金"],
            ["{year}年政府债务限额及余额情况公开", "{year}年新增地方政府债券资金使用情况", "{place}{year}年惠民惠农财政补贴资金发放明细", "关于下达{year}年{subject}的通知"],
            ["截至{year}年末，全市政府债务余额{n1}亿元，控制在自治区核定的债务限额以内。",
             "新增专项债券资金主要用于保障性安居工程、城市更新和农村人居环境整治等项目。",
             "补贴资金通过“一卡通”直接发放到群众账户，发放明细按村（社区）公示，接受群众监督。"], 5),
        new(CatalogueCategory.Personnel, false,
            ["事业单位公开招聘", "社区工作者招聘", "公务员考试录用", "引进急需紧缺人才", "公益性岗位招聘"],
            ["{agency}{year}年公开招聘事业单位工作人员公告", "{year}年公开招聘社区工作者拟聘用人员名单公示", "关于{year}年公务员考试录用体检结果的公告", "{town}{year}年公益性岗位招聘公告"],
            ["根据《事业单位人事管理条例》和事业单位公开招聘有关规定，{agency}{year}年面向社会公开招聘工作人员{n8}名。",
             "报名条件：具有中华人民共和国国籍，遵守宪法和法律，具有良好的品行和适应岗位要求的身体条件。",
             "招聘采取网上报名方式进行，考试分笔试和面试两个环节，笔试和面试成绩各占50%。",
             "拟聘用人员名单公示期为7个工作日，公示期间如有异议，可向{agency}反映，联系电话：{phone}。"], 6),
        new(CatalogueCategory.Personnel, false,
            ["干部任免", "干部任前公示", "职称评审", "专业技术人员继续教育", "机关事业单位工资"],
            ["关于{name}等同志职务任免的通知", "{year}年第{q}批拟任职干部任前公示", "{year}年度中级职称评审结果公示", "关于做好{year}年专业技术人员继续教育工作的通知"],
            ["经研究决定：任命{name}为{agency}副局长（试用期一年），免去其原任职务。",
             "公示期间，个人或单位可通过来信、来电、来访等方式向组织部门反映公示对象的有关情况。",
             "申报人员须具备相应学历和任职年限，经单位推荐、评委会评审、结果公示后确认资格。"], 6),
        new(CatalogueCategory.PlansAndProgrammes, true,
            ["国民经济和社会发展规划", "国土空间总体规划", "城乡建设用地供应计划", "控制性详细规划", "村庄规划"],
            ["{place}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "{place}国土空间总体规划（2021—2035年）公示", "{place}{year}年城乡建设用地供应计划", "{town}控制性详细规划（修编）批前公示", "{town}村庄规划（2021—2035年）"],
            ["本规划是指导今后五年全市经济社会发展的纲领性文件，规划期为2021年至2025年。",
             "到{next}年，全市地区生产总值年均增长{pct}%左右，常住人口城镇化率达到{pct2}%。",
             "优化国土空间开发保护格局，严守耕地保护红线、生态保护红线和城镇开发边界。",
             "规划范围东至{road}，南至{road2}，规划总用地面积{n3}公顷，以居住和商业服务业用地为主。"]),
        new(CatalogueCategory.PlansAndProgrammes, true,
            ["老旧小区改造", "养老服务体系建设", "城市更新", "保障性租赁住房", "海绵城市建设"],
            ["{place}老旧小区改造{year}年度实施计划", "{place}养老服务体系建设专项规划", "{place}城市更新行动实施方案", "{year}年保障性租赁住房筹集计划"],
            ["{year}年计划改造老旧小区{n8}个，惠及居民{n1}户，重点解决供水、供暖、加装电梯等问题。",
             "到{next}年，每个街道至少建成一个具备综合功能的社区养老服务机构，护理型床位占比达到{pct2}%。",
             "改造项目实行“一小区一方案”，充分征求居民意见，改造内容和资金分担方式在小区内公示。"]),
        new(CatalogueCategory.RegulationsAndDocuments, true,
            ["行政规范性文件管理", "政府信息公开工作", "优化营商环境", "城市供热管理", "物业管理", "户外广告设置管理"],
            ["{place}行政规范性文件管理办法", "{place}政府信息公开工作规定", "关于进一步优化营商环境的若干措施", "{place}城市供热管理办法", "{place}物业管理办法", "关于废止和修改部分行政规范性文件的决定"],
            ["第一条 为了规范行政规范性文件的制定和监督管理工作，维护法制统一，根据有关法律法规，结合本市实际，制定本办法。",
             "第二条 本办法所称行政规范性文件，是指除政府规章外，由行政机关依照法定权限、程序制定并公开发布，具有普遍约束力的公文。",
             "第三条 行政规范性文件应当经过合法性审核，未经合法性审核或者经审核不合法的，不得提交集体审议。",
             "第四条 供热单位应当保证居民室内温度不低于18℃，供热期为每年10月15日至次年4月15日。",
             "第五条 本办法自印发之日起施行，有效期五年。"]),
        new(CatalogueCategory.InstitutionalFunctions, false,
            ["主要职责", "内设机构", "领导分工", "机构概况", "权责清单"],
            ["{agency}主要职责", "{agency}内设机构及职能", "{agency}领导信息", "{agency}机构概况", "{agency}权责清单（{year}年版）"],
            ["贯彻执行国家和自治区关于本领域的方针政策和法律法规，拟订全市相关政策措施并组织实施。",
             "办公地址：{place}{road}{n8}号，办公时间：工作日上午8:30—12:00，下午14:30—18:00。",
             "内设机构：办公室、政策法规科、业务科、财务审计科、行政审批科。",
             "局长{name}主持全面工作，负责财务、审计工作；副局长负责分管科室的日常工作。"]),
        new(CatalogueCategory.Procurement, false,
            ["政府集中采购目录", "道路改造工程招标", "办公设备采购", "政府采购意向", "物业服务采购"],
            ["{agency}{year}年政府集中采购目录及限额标准", "{road}道路改造工程招标公告", "{agency}办公设备采购项目中标结果公告", "{year}年{m}月政府采购意向公开", "{agency}物业服务采购项目竞争性磋商公告"],
            ["根据《中华人民共和国政府采购法》及其实施条例，现就{road}道路改造工程进行公开招标，欢迎符合条件的供应商参加投标。",
             "项目预算金额{n1}万元，最高限价{n2}万元，采购方式为公开招标，评标办法为综合评分法。",
             "中标供应商：{place}{company}有限公司，中标金额{n3}万元，公告期限为1个工作日。"], 7),
        new(CatalogueCategory.Statistics, false,
            ["国民经济和社会发展统计公报", "主要经济指标", "城乡居民收支", "人口抽样调查", "农业普查"],
            ["{year}年{place}国民经济和社会发展统计公报", "{year}年{m}月份主要经济指标", "{year}年城乡居民收支情况", "{place}{year}年人口变动抽样调查主要数据公报"],
            ["{year}年，全市实现地区生产总值{n1}亿元，按不变价格计算，比上年增长{pct}%。",
             "全体居民人均可支配收入{n2}元，比上年增长{pct2}%，其中农村牧区常住居民人均可支配收入{n3}元。",
             "年末全市常住人口{n4}00人，其中城镇人口占常住人口的比重为{pct2}%。"]),
        new(CatalogueCategory.AdministrativeEnforcement, false,
            ["行政处罚", "双随机一公开抽查", "行政执法公示", "行政许可", "信用修复"],
            ["{agency}行政处罚决定书（{abbr}罚字〔{year}〕{n8}号）", "{year}年第{q}批“双随机、一公开”抽查结果公示", "{agency}{year}年行政执法数据统计", "{year}年{m}月行政许可信息公示"],
            ["当事人{company}有限公司未按规定履行相关义务，违反了有关法律法规的规定，依法给予警告并处罚款{n6}00元。",
             "本次随机抽取检查对象{n8}户，检查结果为：未发现问题{n5}户，发现问题已责令整改{n7}户。",
             "当事人如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议，或在六个月内提起行政诉讼。"], 9),
        new(CatalogueCategory.AdministrativeEnforcement, false,
            ["食品安全监督抽检", "特种设备安全检查", "药品经营监管", "价格监督检查", "消费者权益保护"],
            ["{year}年第{q}期食品安全监督抽检信息公告", "关于{year}年特种设备安全专项检查情况的通报", "{place}{year}年消费者投诉举报情况分析", "关于开展{subject}专项行动的通知"],
            ["本期共抽检食用农产品、粮食加工品、乳制品等{n5}大类食品{n8}批次，检出不合格样品{n7}批次。",
             "对抽检不合格食品，已责令生产经营者立即采取下架、召回等措施，并依法立案调查。",
             "全年受理消费者投诉{n3}件，为消费者挽回经济损失{n6}万元，调解成功率{pct2}%。"], 9),
        new(CatalogueCategory.Fees, true,
            ["行政事业性收费", "涉企收费", "停车服务收费", "殡葬服务收费", "供热价格"],
            ["{place}行政事业性收费目录清单（{year}年版）", "关于调整{place}{subject}标准的通知", "{year}年涉企收费清单公示", "关于{place}城区机动车停车服务收费标准的批复"],
            ["经研究，同意调整{place}城区{subject}标准，自{year}年{m}月1日起执行。",
             "城区一类区域小型车首小时收费{n7}元，之后每小时{n7}元，夜间22时至次日7时免费。",
             "收费单位应当在收费场所显著位置公示收费项目、收费标准和投诉电话，自觉接受社会监督。"]),
        new(CatalogueCategory.PublicEmergencies, true,
            ["突发事件应急预案", "防汛抗旱", "森林草原防火", "地震应急", "安全生产"],
            ["{place}突发事件总体应急预案", "关于做好{year}年防汛抗旱工作的通知", "关于进入森林草原防火紧要期的通告", "{place}地震应急预案（{year}年修订）", "{year}年安全生产大检查工作方案"],
            ["本预案适用于本市行政区域内发生的自然灾害、事故灾难、公共卫生事件和社会安全事件的应对工作。",
             "各地要严格落实防汛责任制，加强汛期值班值守，发现险情及时报告，值班电话：{phone}。",
             "防火期内，禁止在林区草原野外用火，违者依法从严处理。",
             "应急响应分为四级，根据事件的可控性、严重程度和影响范围确定。"]),
        new(CatalogueCategory.PublicEmergencies, true,
            ["传染病防控", "疫苗接种", "突发公共卫生事件", "学校卫生", "饮用水卫生"],
            ["关于做好{year}年秋冬季传染病防控工作的通知", "{place}{year}年免疫规划疫苗接种安排", "{place}突发公共卫生事件应急预案", "{year}年生活饮用水卫生监测结果公告"],
            ["各医疗机构要落实预检分诊和首诊负责制，发现传染病病例按规定时限网络直报。",
             "适龄儿童可携带预防接种证到辖区接种门诊免费接种国家免疫规划疫苗。",
             "本次共监测城乡集中式供水水样{n8}份，合格率{pct2}%。"]),
        new(CatalogueCategory.Other, true,
            ["河长制", "大气污染防治", "农村人居环境整治", "生态保护修复", "垃圾分类"],
            ["关于全面落实河长制湖长制的实施意见", "{place}{year}年大气污染防治实施方案", "{town}农村人居环境整治提升行动方案", "{place}生活垃圾分类工作实施方案", "{year}年第{q}季度环境空气质量状况通报"],
            ["全面建立市、旗县区、乡镇三级河长体系，{place}境内主要河流、湖泊均设立河长，河长公示牌设置在显著位置。",
             "{year}年全市空气质量优良天数比例达到{pct2}%，细颗粒物平均浓度控制在{n5}微克每立方米以内。",
             "推进农村户厕改造，完善生活垃圾收运处置体系，打造美丽宜居村庄。"]),
        new(CatalogueCategory.Other, true,
            ["义务教育招生", "学前教育", "校外培训治理", "学生资助", "职业教育"],
            ["{place}{year}年义务教育阶段学校招生入学工作方案", "{year}年城区小学学区划分公告", "关于{year}年学前教育资助资金分配的公示", "{place}校外培训机构白名单"],
            ["坚持免试就近入学原则，公办小学按照划定学区招生，不得以任何形式的考试选拔学生。",
             "家庭经济困难学生资助标准为每生每年{n1}元，资助资金直接发放到学生家长账户。",
             "{school}学区范围：{road}以东、{road2}以北区域。"]),
        new(CatalogueCategory.Other, true,
            ["乡村振兴", "高标准农田建设", "耕地地力保护补贴", "农机购置补贴", "动物防疫"],
            ["{place}{year}年高标准农田建设项目公示", "{year}年耕地地力保护补贴资金发放公示", "{year}年农机购置与应用补贴实施方案", "{town}{year}年巩固拓展脱贫攻坚成果同乡村振兴有效衔接项目公示", "关于做好{year}年春季动物防疫工作的通知"],
            ["项目建设地点位于{town}，建设规模{n4}亩，主要建设内容为土地平整、灌溉排水和田间道路。",
             "耕地地力保护补贴标准为每亩{n5}元，以二轮承包耕地面积为依据，通过“一卡通”发放到户。",
             "补贴对象为从事农业生产的个人和农业生产经营组织，补贴机具须在实施范围内。"]),
        new(CatalogueCategory.Other, true,
            ["医疗保障", "城乡居民基本医疗保险", "门诊慢特病待遇", "医保定点医药机构", "长期护理保险"],
            ["关于做好{year}年城乡居民基本医疗保险参保缴费工作的通知", "{place}门诊慢特病病种及待遇标准", "{year}年新增医保定点医药机构名单公示", "{place}长期护理保险制度试点实施方案"],
            ["{next}年度城乡居民基本医疗保险个人缴费标准为每人每年{n2}元，集中缴费期为{year}年9月至12月。",
             "参保人员在定点医疗机构发生的政策范围内住院费用，一级医院报销比例为{pct2}%。",
             "特困人员、困难群众参加城乡居民医保的个人缴费部分给予全额或定额资助。"]),
        new(CatalogueCategory.Other, true,
            ["就业创业", "职业技能培训", "根治欠薪", "工伤保险", "城乡居民养老保险"],
            ["关于做好{year}年高校毕业生就业创业工作的通知", "{year}年职业技能培训补贴发放公示", "关于{company}有限公司拖欠农民工工资的处理情况通报", "{year}年城乡居民基本养老保险基础养老金调整方案"],
            ["对吸纳高校毕业生就业的小微企业，按规定给予一次性吸纳就业补贴，每人{n1}元。",
             "培训合格并取得职业资格证书或职业技能等级证书的，按规定给予职业技能培训补贴。",
             "城乡居民基础养老金最低标准提高到每人每月{n7}0元，所需资金纳入财政预算。"]),
        new(CatalogueCategory.Other, true,
            ["道路交通", "城市公交", "农村公路养护", "出租汽车管理", "交通管制"],
            ["关于{road}施工期间交通管制的通告", "{place}城市公交线路优化调整公告", "{year}年农村公路养护工程计划", "{place}网络预约出租汽车经营服务管理实施细则"],
            ["因{road}改造施工，自{year}年{m}月{d}日起对{road}至{road2}路段实行全封闭交通管制。",
             "调整后{n8}路公交车首末班时间为6:30—21:00，发车间隔{n7}分钟。",
             "农村公路养护实行县道县管、乡道乡管、村道村管，养护经费纳入财政预算。"]),
        new(CatalogueCategory.Other, true,
            ["文物保护", "公共文化服务", "全民健身", "旅游景区管理", "非物质文化遗产"],
            ["{place}第{q}批文物保护单位名单", "关于公布{year}年度{place}非物质文化遗产代表性项目名录的通知", "{year}年全民健身活动安排", "{place}A级旅游景区名录"],
            ["公共图书馆、文化馆（站）、美术馆全部免费开放，开放时间每周不少于{n5}小时。",
             "文物保护单位保护范围内不得进行其他建设工程或者爆破、钻探、挖掘等作业。",
             "全年组织开展群众性体育赛事活动{n8}场次，参与群众{n1}人次。"]),
        new(CatalogueCategory.RegulationsAndDocuments, true,
            ["建议提案办理", "人大代表建议", "政协委员提案", "政务服务“一网通办”", "12345政务服务便民热线"],
            ["关于对{place}政协第{n8}号提案的答复", "关于对市人大代表第{n8}号建议的答复", "{year}年建议提案办理工作总结", "{place}政务服务事项清单（{year}年版）", "{year}年第{q}季度12345热线受理情况通报"],
            ["您提出的关于{subject}的建议收悉，现答复如下。",
             "下一步，我们将认真研究采纳代表委员意见建议，进一步完善相关政策措施。",
             "本季度12345热线共受理群众诉求{n3}件，按时办结率{pct2}%，群众满意率{pct2}%。",
             "“一网通办”事项比例达到{pct2}%，{n8}个高频事项实现“跨省通办”。"]),
        new(CatalogueCategory.Other, true,
            ["住房公积金", "商品房预售", "房地产市场监管", "物业服务企业信用", "住房租赁"],
            ["{place}{year}年住房公积金年度报告", "关于{company}项目商品房预售许可的公示", "{year}年第{q}季度房地产市场监管情况通报", "{place}住房租赁管理办法"],
            ["{year}年，全市住房公积金实缴单位{n3}家，实缴职工{n4}人，缴存额{n1}亿元。",
             "项目位于{road}以北，预售建筑面积{n4}平方米，预售资金监管银行为{bank}。",
             "住房租赁企业应当如实发布房源信息，不得发布虚假房源信息和价格信息。"]),
    ];

    private static readonly string[] Stems =
    [
        "临河", "五原", "磴口", "杭锦", "乌拉", "新华", "狼山", "城关", "团结", "胜利", "和平", "建设", "沙海", "巴音", "锡林",
        "乌兰", "白音", "哈达", "宝力", "红旗", "东风", "前进", "新民", "永丰", "兴隆", "太平", "长胜", "向阳", "八一", "光明",
        "友谊", "丰收", "富强", "民主", "幸福", "阳光", "金川", "青山", "白塔", "南关", "北门", "西园", "东城", "河西", "湟中",
        "大通", "湟源", "乐都", "平安", "互助", "化隆", "循化", "门源", "祁连", "海晏", "刚察", "共和", "同德", "贵德", "兴海",
        "贵南", "同仁", "尖扎", "泽库", "河南", "玛沁", "班玛", "甘德", "达日", "久治", "玛多", "玉树", "杂多", "称多", "治多",
        "囊谦", "曲麻", "格尔", "德令", "乌兰", "都兰", "天峻", "茫崖", "冷湖", "大柴", "精河", "温泉", "阿拉", "达勒", "小营",
        "青得", "乌图", "贝林", "哈日", "查干", "布敦", "额尔", "赛汗", "满都", "宝日", "朝克", "苏尼", "那仁", "塔拉", "希日",
    ];

    private static readonly string[] TownSuffixes = ["镇", "乡", "街道", "苏木", "社区", "村", "嘎查", "工业园区"];
    private static readonly string[] RoadSuffixes = ["路", "街", "大道", "巷", "西路", "东街", "南路", "北街"];
    private static readonly string[] Companies = ["建筑工程", "市政工程", "物业服务", "商贸", "房地产开发", "农牧业科技", "信息技术", "环保科技", "食品", "运输", "能源", "医药"];
    private static readonly string[] Banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "农村商业银行", "邮政储蓄银行"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "白", "乌", "包", "韩"];
    private static readonly string[] Given = ["建国", "海军", "志强", "丽华", "晓东", "秀英", "文斌", "玉兰", "永胜", "红梅", "国庆", "淑珍", "立新", "春燕", "宏伟", "巴特尔", "其其格", "那日苏", "德力格尔", "明辉"];
    private static readonly string[] Verbs = ["做好", "加强", "进一步做好", "扎实推进", "全面开展", "规范", "深化", "组织开展", "切实抓好", "统筹推进", "持续推进", "认真做好"];
    private static readonly string[] Replies = ["批复", "复函", "答复", "意见", "通知"];

    private static readonly string[] TitlePatterns =
    [
        "关于{verb}{subject}工作的通知", "关于印发《{place}{subject}实施方案》的通知", "{place}{year}年{subject}工作要点",
        "关于{year}年{subject}情况的公示", "{agency}关于{subject}有关问题的{reply}", "{year}年度{subject}工作总结",
        "关于{subject}有关事项的公告", "{place}{subject}管理办法（试行）", "{year}年{subject}专项资金分配结果公示",
        "{town}{subject}工作情况报告", "关于开展{subject}督查检查的通知", "{place}{subject}工作领导小组成员名单",
    ];

    private static readonly string[] SharedParagraphs =
    [
        "各有关单位要高度重视{subject}工作，成立工作专班，明确责任分工，确保各项任务按时完成。",
        "请各地于{year}年{m}月{d2}日前将工作开展情况书面报送{agency}，联系人：{name}，联系电话：{phone}。",
        "本通知自印发之日起施行，此前有关规定与本通知不一致的，以本通知为准。",
        "{town}结合实际，采取入户走访、集中宣讲等方式开展政策宣传，发放宣传资料{n1}份。",
        "对工作中推诿扯皮、敷衍塞责造成不良影响的，依规依纪严肃追究有关人员责任。",
        "公示期为{year}年{m}月{d}日至{m}月{d2}日，如有异议，请在公示期内以书面形式实名反映。",
        "{agency}将会同有关部门定期开展督导检查，检查结果纳入年度目标责任考核。",
        "所需经费由各级财政按规定承担，专款专用，严禁挤占挪用。",
        "进一步畅通群众诉求表达渠道，对群众反映的问题做到件件有回音、事事有着落。",
        "坚持以人民为中心的发展思想，把{subject}作为保障和改善民生的重要内容。",
        "截至{year}年{m}月底，累计完成投资{n2}万元，占年度计划的{pct2}%。",
        "各旗县区、各部门要加强信息报送，重要情况随时报告，每月{d}日前报送上月进展情况。",
        "此件主动公开。",
        "附件：{year}年{subject}明细表",
        "{place}{company}有限公司承建的{road}项目已完成竣工验收，工程质量符合设计要求。",
        "充分发挥基层党组织战斗堡垒作用，推动{subject}各项政策措施落地见效。",
        "对{town}在{subject}工作中的先进做法予以通报表扬，请各地学习借鉴。",
        "全年共办理群众来信来访{n3}件次，按期办结率{pct2}%。",
        "严格落实政府信息公开要求，及时在政府网站公开相关信息，主动接受社会监督。",
        "请各单位认真组织学习，结合工作实际抓好贯彻落实，执行中遇到的问题请及时向{agency}反映。",
    ];

    /// <summary>The text of entry number <paramref name="sequence"/> of an agency, published on or before <paramref name="latest"/> (over six years).</summary>
    public static DemoEntryText For(DemoAgency agency, int sequence, DateOnly latest, int seed = 20261123)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var random = new Random(Mix(seed, StableHash(agency.Code), sequence));
        var domain = sequence <= Domains.Length * 4 ? Domains[(sequence - 1 + Domains.Length) % Domains.Length] : Weighted(random);
        var year = latest.Year - random.Next(0, 6);
        var written = new DateOnly(year, random.Next(1, 13), random.Next(1, 29));
        var published = written.AddDays(random.Next(1, 25));
        if (published > latest)
        {
            year--;
            written = written.AddYears(-1);
            published = published.AddYears(-1);
        }

        var subject = domain.Subjects[random.Next(domain.Subjects.Length)];
        var values = new Dictionary<string, string>
        {
            ["subject"] = subject, ["verb"] = Pick(random, Verbs), ["reply"] = Pick(random, Replies),
            ["year"] = year.ToString(), ["next"] = (year + 1).ToString(), ["q"] = random.Next(1, 5).ToString(),
            ["place"] = agency.Place, ["agency"] = agency.Name, ["abbr"] = agency.DocumentPrefix[..1],
            ["town"] = Pick(random, Stems) + Pick(random, TownSuffixes), ["school"] = Pick(random, Stems) + "小学",
            ["road"] = Pick(random, Stems) + Pick(random, RoadSuffixes), ["road2"] = Pick(random, Stems) + Pick(random, RoadSuffixes),
            ["company"] = Pick(random, Stems) + Pick(random, Companies), ["bank"] = Pick(random, Banks) + Pick(random, Stems) + "支行",
            ["name"] = Pick(random, Surnames) + Pick(random, Given), ["code"] = $"{agency.Code}-{year}-{random.Next(1, 99):D2}",
            ["n1"] = random.Next(120, 9000).ToString(), ["n2"] = random.Next(200, 9900).ToString(),
            ["n3"] = random.Next(3000, 9000).ToString(), ["n4"] = random.Next(5000, 12000).ToString(),
            ["n5"] = random.Next(10, 90).ToString(), ["n6"] = random.Next(5, 40).ToString(), ["n7"] = random.Next(1, 9).ToString(),
            ["n8"] = random.Next(3, 60).ToString(), ["pct"] = random.Next(3, 12).ToString(), ["pct2"] = random.Next(55, 99).ToString(),
            ["m"] = random.Next(1, 12).ToString(), ["d"] = random.Next(1, 10).ToString(), ["d2"] = random.Next(15, 28).ToString(),
            ["phone"] = $"0{random.Next(470, 999)}-{random.Next(2000000, 8999999)}",
        };
        var pattern = random.Next(3) == 0 ? Pick(random, TitlePatterns) : Pick(random, domain.Titles);
        var title = Fill(pattern, values);
        var paragraphs = new List<string>();
        var own = Math.Min(domain.Paragraphs.Length, random.Next(2, 5));
        var start = random.Next(domain.Paragraphs.Length);
        for (var i = 0; i < own; i++)
        {
            paragraphs.Add(Fill(domain.Paragraphs[(start + i) % domain.Paragraphs.Length], values));
        }

        for (var i = random.Next(1, 3); i > 0; i--)
        {
            paragraphs.Insert(random.Next(paragraphs.Count + 1), Fill(Pick(random, SharedParagraphs), values));
        }

        var number = domain.IsDocument ? $"{agency.DocumentPrefix}〔{year}〕{random.Next(1, 120)}号" : null;
        var validity = domain.IsDocument ? (random.Next(10) < 8 ? Validity.InForce : Validity.Repealed) : Validity.NotApplicable;
        return new DemoEntryText(title, string.Join("\n", paragraphs), domain.Category, number, validity, written, published);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static readonly int TotalWeight = Domains.Sum(d => d.Weight);

    private static Domain Weighted(Random random)
    {
        var ticket = random.Next(TotalWeight);
        foreach (var domain in Domains)
        {
            ticket -= domain.Weight;
            if (ticket < 0)
            {
                return domain;
            }
        }

        return Domains[^1];
    }

    /// <summary>A well-spread seed: consecutive sequence numbers must not give correlated first draws.</summary>
    private static int Mix(int seed, int agency, int sequence)
    {
        var x = unchecked((ulong)(uint)seed << 32 ^ (ulong)(uint)agency * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)sequence * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return (int)(x ^ (x >> 31)) & int.MaxValue;
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
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        foreach (var (key, value) in values)
        {
            template = template.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return template;
    }
}
