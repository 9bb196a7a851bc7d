using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Hosting;

/// <summary>
/// The error bodies of <c>/api</c>: RFC 9457 problem details (<c>application/problem+json</c>) with a Chinese
/// <c>title</c> and <c>detail</c>, and for input errors the names of the fields in <c>errors</c> (docs/security.md).
/// </summary>
public static partial class ApiProblems
{
    /// <summary>The path every API endpoint lives under.</summary>
    public const string ApiPath = "/api";

    /// <summary>Whether the request goes to the JSON API (errors as problem details rather than a page).</summary>
    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The Chinese title of an HTTP status.</summary>
    public static string Title(int status) => status switch
    {
        400 => "请求格式不正确",
        401 => "需要登录",
        403 => "无权访问",
        404 => "未找到",
        405 => "不支持该请求方法",
        406 => "无法提供所要求的格式",
        409 => "请求与已有记录冲突",
        413 => "请求内容过大",
        415 => "不支持的内容类型",
        422 => "请求内容无法处理",
        429 => "请求过于频繁",
        503 => "服务暂不可用",
        >= 500 => "服务器内部错误",
        _ => "请求未能完成",
    };

    /// <summary>The Chinese explanation of an HTTP status when nothing more precise is known.</summary>
    public static string Detail(int status) => status switch
    {
        400 => "请求的格式或参数不正确，请核对后重试。",
        401 => "请先登录。",
        403 => "当前账号无权进行此操作。",
        404 => "所请求的地址或记录不存在。",
        405 => "该地址不支持此请求方法，请参阅接口文档（/scalar/v1）。",
        406 => "该地址只能返回 JSON。",
        409 => "请求与已有记录冲突。",
        413 => $"请求内容超过上限（{PortalLimits.MaxRequestBodyBytes / 1024} KB）。",
        415 => "请求内容须为 JSON（Content-Type: application/json）。",
        429 => "请求过于频繁，请稍后再试。",
        503 => "服务暂不可用，请稍后再试。",
        >= 500 => "服务器处理请求时出错，请稍后再试。已提交的申请不受影响。",
        _ => "请求未能完成。",
    };

    /// <summary>A problem with the Chinese title and <paramref name="detail"/> (or the status's default).</summary>
    public static ProblemHttpResult Problem(int status, string? detail = null) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = Title(status), Detail = detail ?? Detail(status) });

    /// <summary>A 400 validation problem naming the fields in <c>detail</c> and listing their messages in <c>errors</c>.</summary>
    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string title = "请求内容不完整或格式不正确")
    {
        ArgumentNullException.ThrowIfNull(errors);
        var fields = errors.Keys.Where(k => k.Length > 0).ToArray();
        var detail = fields.Length == 0
            ? string.Join(" ", errors.Values.SelectMany(v => v))
            : $"以下字段不正确：{string.Join("、", fields)}。" + string.Join(" ", errors.Values.SelectMany(v => v));
        return TypedResults.ValidationProblem(errors, detail: detail, title: title);
    }

    /// <summary>A problem for one field.</summary>
    public static ValidationProblem Field(string field, string message) => Validation(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>
    /// The problem of a request the framework could not read (<see cref="BadHttpRequestException"/>): the failed
    /// parameter or JSON path named, in Chinese, with the exception's status (400, 413, 415…).
    /// </summary>
    public static IResult FromBadRequest(BadHttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.StatusCode;
        if (status != StatusCodes.Status400BadRequest)
        {
            return Problem(status);
        }

        if (Inner<JsonException>(exception) is { } json)
        {
            var field = JsonField(json.Path);
            var message = json.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? "JSON 嵌套层数超过上限（64层）。"
                : field.Length == 0 ? "请求正文不是有效的 JSON。" : $"字段 {field} 的值类型或格式不正确。";
            return Validation(new Dictionary<string, string[]> { [field] = [message] }, "请求正文不是有效的 JSON");
        }

        if (ParameterName().Match(exception.Message) is { Success: true } parameter)
        {
            var name = parameter.Groups["name"].Value;
            var message = exception.Message.StartsWith("Required", StringComparison.Ordinal)
                ? $"缺少参数 {name}。"
                : exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                    ? "请求正文为空或不是有效的 JSON。"
                    : $"参数 {name} 的值格式不正确。";
            return Validation(new Dictionary<string, string[]> { [name] = [message] });
        }

        return Problem(status);
    }

    private static string JsonField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length > 100 ? field[..100] : field;
    }

    private static T? Inner<T>(Exception exception)
        where T : Exception
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    [GeneratedRegex("parameter \"[^\"]*? (?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterName();
}
