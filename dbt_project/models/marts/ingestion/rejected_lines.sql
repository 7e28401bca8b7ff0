with rejected_lines as (

    select * from {{ ref('stg_sessionlens__rejected_lines') }}

),

final as (

    select
        partner_id,
        source_file as file,
        line_number,
        rejection_reason as reason,
        event_type,
        rejected_at,
        raw_line

    from rejected_lines

)

select * from final
