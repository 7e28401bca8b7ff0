with poll_launches as (

    select * from {{ ref('stg_sessionlens__poll_launches') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by partner_id, session_id, poll_id
            order by {{ event_order() }}
        ) as launch_number

    from poll_launches

),

-- A relaunched poll keeps what it was first launched with.
final as (

    select
        partner_id,
        session_id,
        poll_id,
        question,
        upper(poll_type) as poll_type,
        options,
        event_at as launched_at

    from ranked
    where launch_number = 1

)

select * from final
