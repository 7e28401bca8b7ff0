with reactions as (

    select * from {{ ref('stg_sessionlens__reactions') }}

),

sequenced as (

    select
        partner_id,
        session_id,
        user_id,
        event_id,
        event_at,
        reaction,
        lag(event_at) over (
            partition by partner_id, session_id, user_id
            order by {{ event_order() }}
        ) as previous_reaction_at

    from reactions

),

-- The gap is measured to the previous reaction event whether or not that one was
-- counted, so a sustained burst counts once, at its start.
final as (

    select
        partner_id,
        session_id,
        user_id,
        event_id,
        event_at,
        reaction,
        previous_reaction_at,
        previous_reaction_at is null
        or {{ seconds_between('previous_reaction_at', 'event_at') }} >= 2 as is_counted

    from sequenced

)

select * from final
