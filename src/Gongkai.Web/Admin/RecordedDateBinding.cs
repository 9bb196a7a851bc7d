using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Domain.Calendar;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Gongkai.Web.Admin;

/// <summary>
/// Marks a bound date as the date of a procedure step or of a document (<see cref="RecordedDateRange"/>); an unmarked
/// date is checked as a document date (the wider range).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RecordedDateAttribute(RecordedDateKind kind) : Attribute
{
    /// <summary>What the date is the date of.</summary>
    public RecordedDateKind Kind { get; } = kind;
}

/// <summary>
/// Binds every <see cref="DateOnly"/> of a form: a value that is not a real day (2025-02-30, 2025-13-01, "abc") or lies
/// outside <see cref="RecordedDateRange"/> (0001-01-01, 9999-12-31) is a model error in Chinese under the field's name,
/// with the typed text kept for the form; the property stays unset and the page must not act (the default binder's
/// failure left it null, which pages read as "today"). An empty field is "not given".
/// </summary>
public sealed partial class RecordedDateBinder : IModelBinder
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    /// <inheritdoc />
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var name = bindingContext.ModelName;
        var value = bindingContext.ValueProvider.GetValue(name);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(name, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (bindingContext.ModelType == typeof(DateOnly))
            {
                bindingContext.ModelState.TryAddModelError(name, "请填写日期。");
                bindingContext.Result = ModelBindingResult.Failed();
            }
            else
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        if (!DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var message = DateShape().IsMatch(text)
                ? $"“{text}”不是实际存在的日期，请核对年、月、日。"
                : $"“{text}”不是日期，请按“年-月-日”（如 2025-03-03）填写。";
            bindingContext.ModelState.TryAddModelError(name, message);
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        if (RecordedDateRange.Refusal(date, KindOf(bindingContext.ModelMetadata)) is { } refusal)
        {
            bindingContext.ModelState.TryAddModelError(name, refusal);
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(date);
        return Task.CompletedTask;
    }

    private static RecordedDateKind KindOf(ModelMetadata metadata)
    {
        var attributes = (metadata as DefaultModelMetadata)?.Attributes;
        var marker = attributes?.PropertyAttributes?.OfType<RecordedDateAttribute>().FirstOrDefault()
            ?? attributes?.ParameterAttributes?.OfType<RecordedDateAttribute>().FirstOrDefault();
        return marker?.Kind ?? RecordedDateKind.Document;
    }

    [GeneratedRegex(@"^\d{1,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")]
    private static partial Regex DateShape();
}

/// <summary>Puts <see cref="RecordedDateBinder"/> in front of the default binders for <see cref="DateOnly"/> and <see cref="Nullable{DateOnly}"/>.</summary>
public sealed class RecordedDateBinderProvider : IModelBinderProvider
{
    private static readonly RecordedDateBinder Binder = new();

    /// <inheritdoc />
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.ModelType;
        return type == typeof(DateOnly) || type == typeof(DateOnly?) ? Binder : null;
    }
}
