using Gongkai.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Officers;

internal sealed class OfficerAccountConfiguration : IEntityTypeConfiguration<OfficerAccount>
{
    public void Configure(EntityTypeBuilder<OfficerAccount> builder)
    {
        builder.Property(a => a.DisplayName).HasMaxLength(100);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.AgencyId);
    }
}
